-- Names that resolutions of all bodies give to existing entities as addressees (issue 13): a party
-- such as "the Directors of the three Bureaux" stands for the three bureaux at once. Reference data,
-- like V008's, so not written to the audit log (a new database's audit log stays empty, which the
-- backup import relies on).
ALTER TABLE entity_alias DISABLE TRIGGER audit_entity_alias;

INSERT INTO entity_alias (entity_id, alias)
SELECT e.id, a.alias
  FROM entity e
  JOIN (VALUES
    ('TSB', 'the Directors of the three Bureaux'),
    ('BDT', 'the Directors of the three Bureaux'),
    ('BR', 'the Directors of the three Bureaux'),
    ('BDT', 'the Director of BDT'),
    ('BR', 'the Director of BR'),
    ('BDT', 'Director of the Telecommunication Development Bureau'),
    ('BR', 'Director of the Radiocommunication Bureau'),
    ('SG-GS', 'the General Secretariat')
  ) AS a (code, alias) ON a.code = e.code
 WHERE NOT EXISTS (SELECT 1 FROM entity_alias x WHERE x.entity_id = e.id AND x.alias = a.alias);

ALTER TABLE entity_alias ENABLE TRIGGER audit_entity_alias;
