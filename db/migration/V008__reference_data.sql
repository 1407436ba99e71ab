INSERT INTO status (code, name, position, closed, implied_progress) VALUES
    ('NOT_STARTED', 'Not started', 1, FALSE, 0),
    ('IN_PROGRESS', 'In progress', 2, FALSE, NULL),
    ('ONGOING', 'Continuous/ongoing', 3, FALSE, NULL),
    ('COMPLETED', 'Completed', 4, TRUE, 100),
    ('DEFERRED', 'Deferred', 5, FALSE, NULL),
    ('SUPERSEDED', 'Superseded', 6, TRUE, NULL),
    ('WITHDRAWN', 'Withdrawn', 7, TRUE, NULL);

INSERT INTO meeting_kind (code, name, position) VALUES
    ('TSAG', 'TSAG meeting', 1),
    ('CXO', 'CTO/CxO meeting', 2),
    ('WORKSHOP', 'Workshop', 3),
    ('WTSA', 'World Telecommunication Standardization Assembly', 4),
    ('COUNCIL', 'ITU Council', 5);

INSERT INTO entity (code, name, kind, position) VALUES
    ('TSB', 'Director of TSB', 'BUREAU', 1),
    ('TSAG', 'TSAG', 'GROUP', 2),
    ('SG', 'Study groups', 'GROUP', 3),
    ('MS', 'Member States', 'MEMBERSHIP', 4),
    ('SM', 'Sector Members', 'MEMBERSHIP', 5),
    ('ASSOC', 'Associates', 'MEMBERSHIP', 6),
    ('ACAD', 'Academia', 'MEMBERSHIP', 7),
    ('SG-GS', 'Secretary-General / General Secretariat', 'OFFICIAL', 8),
    ('BDT', 'BDT', 'BUREAU', 9),
    ('BR', 'BR', 'BUREAU', 10),
    ('COUNCIL', 'ITU Council', 'BODY', 11),
    ('WTSA', 'WTSA', 'BODY', 12),
    ('RG', 'Regional groups', 'REGION', 13),
    ('CXO', 'CTO/CxO group', 'GROUP', 14);

INSERT INTO entity_alias (entity_id, alias)
SELECT e.id, a.alias
  FROM entity e
  JOIN (VALUES
    ('TSB', 'the Director of the Telecommunication Standardization Bureau'),
    ('TSB', 'Director of the Telecommunication Standardization Bureau'),
    ('TSB', 'the Director of TSB'),
    ('TSB', 'Telecommunication Standardization Bureau'),
    ('TSAG', 'the Telecommunication Standardization Advisory Group'),
    ('TSAG', 'Telecommunication Standardization Advisory Group'),
    ('SG', 'the study groups'),
    ('SG', 'ITU-T study groups'),
    ('SG', 'the study groups of ITU-T'),
    ('MS', 'Member States'),
    ('SM', 'Sector Members'),
    ('ASSOC', 'Associates'),
    ('ACAD', 'Academia'),
    ('ACAD', 'academia'),
    ('SG-GS', 'the Secretary-General'),
    ('SG-GS', 'Secretary-General'),
    ('SG-GS', 'General Secretariat'),
    ('BDT', 'the Director of the Telecommunication Development Bureau'),
    ('BDT', 'Telecommunication Development Bureau'),
    ('BR', 'the Director of the Radiocommunication Bureau'),
    ('BR', 'Radiocommunication Bureau'),
    ('COUNCIL', 'Council'),
    ('COUNCIL', 'the ITU Council'),
    ('RG', 'regional groups'),
    ('RG', 'regional telecommunication organizations')
  ) AS a (code, alias) ON a.code = e.code;

INSERT INTO study_period (code, start_date, end_date) VALUES
    ('2017-2020', DATE '2016-11-04', DATE '2022-03-09'),
    ('2022-2024', DATE '2022-03-10', DATE '2024-10-24'),
    ('2025-2028', DATE '2024-10-25', DATE '2028-12-31');

INSERT INTO assembly (code, name, place, year, start_date, end_date, study_period_id) VALUES
    ('WTSA-08', 'World Telecommunication Standardization Assembly', 'Johannesburg', 2008, DATE '2008-10-21', DATE '2008-10-30', NULL),
    ('WTSA-12', 'World Telecommunication Standardization Assembly', 'Dubai', 2012, DATE '2012-11-20', DATE '2012-11-29', NULL),
    ('WTSA-16', 'World Telecommunication Standardization Assembly', 'Hammamet', 2016, DATE '2016-10-25', DATE '2016-11-03',
        (SELECT id FROM study_period WHERE code = '2017-2020')),
    ('WTSA-20', 'World Telecommunication Standardization Assembly', 'Geneva', 2022, DATE '2022-03-01', DATE '2022-03-09',
        (SELECT id FROM study_period WHERE code = '2022-2024')),
    ('WTSA-24', 'World Telecommunication Standardization Assembly', 'New Delhi', 2024, DATE '2024-10-15', DATE '2024-10-24',
        (SELECT id FROM study_period WHERE code = '2025-2028'));
