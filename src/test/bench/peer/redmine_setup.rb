# Prepares Redmine for the peer benchmark (issue 14); run with `rails runner` by redmine.sh.
# REST API on, 50 rows a page allowed, the tracker's five statuses with every transition allowed,
# one public project per size (ARGV), and the admin's API key. Prints KEY=... and STATUS_<CODE>=id lines.
Setting.rest_api_enabled = '1'
Setting.per_page_options = '25,50,100'
Setting.login_required = '0'

statuses = {
  'NOT_STARTED' => ['Not started', false], 'IN_PROGRESS' => ['In progress', false],
  'ONGOING' => ['Ongoing', false], 'COMPLETED' => ['Completed', true], 'DEFERRED' => ['Deferred', false]
}
ids = {}
statuses.each do |code, (name, closed)|
  status = IssueStatus.find_by(name: name) || IssueStatus.create!(name: name, is_closed: closed)
  ids[code] = status.id
end
tracker = Tracker.find_by(name: 'Peer item') ||
          Tracker.create!(name: 'Peer item', default_status_id: ids['NOT_STARTED'])
Role.where(builtin: 0).each do |role|
  ids.values.each do |from|
    ids.values.each do |to|
      next if from == to
      WorkflowTransition.find_or_create_by!(tracker_id: tracker.id, role_id: role.id,
                                            old_status_id: from, new_status_id: to)
    end
  end
end
ARGV.each do |size|
  identifier = "peer-#{size}"
  next if Project.find_by(identifier: identifier)
  Project.create!(name: "Peer #{size}", identifier: identifier, is_public: true,
                  tracker_ids: [tracker.id], enabled_module_names: ['issue_tracking'])
end
admin = User.find_by(login: 'admin')
puts "KEY=#{admin.api_key}"
puts "TRACKER_ID=#{tracker.id}"
puts "PRIORITY_ID=#{IssuePriority.default&.id || IssuePriority.first.id}"
puts "ADMIN_ID=#{admin.id}"
ids.each { |code, id| puts "STATUS_#{code}=#{id}" }
ARGV.each { |size| puts "PROJECT_#{size}=#{Project.find_by(identifier: "peer-#{size}").id}" }
