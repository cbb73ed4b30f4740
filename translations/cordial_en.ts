<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminText</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Role name: an ordinary employee who works with their own customers.</extracomment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Your session has ended. Log in again.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>You do not have permission to do this.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted. Refresh and try again.</source>
        <translation>The record was not found; it may have been deleted. Refresh and try again.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>The input is not valid.</translation>
    </message>
    <message>
        <source>This conflicts with existing data.</source>
        <translation>This conflicts with existing data.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Too many requests. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The content is too large.</source>
        <translation>The content is too large.</translation>
    </message>
    <message>
        <source>A server or network error occurred, and no changes were saved. Try again later.</source>
        <translation>A server or network error occurred, and no changes were saved. Try again later.</translation>
    </message>
    <message>
        <source>The client and server versions do not match.</source>
        <translation>The client and server versions do not match.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This login is already taken. Choose another one.</source>
        <translation>This login is already taken. Choose another one.</translation>
    </message>
    <message>
        <source>This change would leave the system without an enabled administrator.</source>
        <translation>This change would leave the system without an enabled administrator.</translation>
    </message>
    <message>
        <source>A department with the same name already exists under the same parent department. Choose another name.</source>
        <translation>A department with the same name already exists under the same parent department. Choose another name.</translation>
    </message>
    <message>
        <source>The selected item no longer exists; it may have been deleted.</source>
        <translation>The selected item no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>The password does not meet the requirements.</source>
        <translation>The password does not meet the requirements.</translation>
    </message>
    <message>
        <source>A login may contain only letters, digits, dots (.), underscores (_) and hyphens (-), and at most 64 characters.</source>
        <translation>A login may contain only letters, digits, dots (.), underscores (_) and hyphens (-), and at most 64 characters.</translation>
    </message>
    <message>
        <source>The name must not be empty and may have at most 100 characters.</source>
        <translation>The name must not be empty and may have at most 100 characters.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <source>A mobile number may contain only digits, +, - and spaces.</source>
        <translation>A mobile number may contain only digits, +, - and spaces.</translation>
    </message>
    <message>
        <source>The department name must not be empty and may have at most 100 characters.</source>
        <translation>The department name must not be empty and may have at most 100 characters.</translation>
    </message>
    <message>
        <source>Everything, including access settings.</source>
        <translation>Everything, including access settings.</translation>
    </message>
    <message>
        <source>Reads and edits every record; reads the audit log.</source>
        <translation>Reads and edits every record; reads the audit log.</translation>
    </message>
    <message>
        <source>Edits the records of the department and those below it.</source>
        <translation>Edits the records of the department and those below it.</translation>
    </message>
    <message>
        <source>Creates records and edits their own.</source>
        <translation>Creates records and edits their own.</translation>
    </message>
    <message>
        <source>Reads the records of the department and those below it.</source>
        <translation>Reads the records of the department and those below it.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Mail / SMS / Fax</source>
        <translation>Mail / SMS / Fax</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>No access</source>
        <extracomment>Access level: the module is not available at all.</extracomment>
        <translation>No access</translation>
    </message>
    <message>
        <source>Depositor</source>
        <extracomment>Access level: may create records but not read others&apos;.</extracomment>
        <translation>Depositor</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Author</source>
        <extracomment>Access level: creates records and edits their own.</extracomment>
        <translation>Author</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Designer</source>
        <extracomment>Access level: as editor, and may change fields and forms.</extracomment>
        <translation>Designer</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>access level</comment>
        <extracomment>Access level: everything, including access settings.</extracomment>
        <translation>Manager</translation>
    </message>
    <message>
        <source>The module is not available.</source>
        <translation>The module is not available.</translation>
    </message>
    <message>
        <source>Creates records but cannot read any, not even their own.</source>
        <translation>Creates records but cannot read any, not even their own.</translation>
    </message>
    <message>
        <source>Reads the records in the data scope.</source>
        <translation>Reads the records in the data scope.</translation>
    </message>
    <message>
        <source>Reads the records in the data scope, creates records and edits those they follow or created.</source>
        <translation>Reads the records in the data scope, creates records and edits those they follow or created.</translation>
    </message>
    <message>
        <source>Reads, creates and edits every record in the data scope.</source>
        <translation>Reads, creates and edits every record in the data scope.</translation>
    </message>
    <message>
        <source>As editor, and changes fields and forms.</source>
        <translation>As editor, and changes fields and forms.</translation>
    </message>
    <message>
        <source>Own records</source>
        <extracomment>Data scope: the records the user follows.</extracomment>
        <translation>Own records</translation>
    </message>
    <message>
        <source>Own department</source>
        <translation>Own department</translation>
    </message>
    <message>
        <source>Department and below</source>
        <translation>Department and below</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Whole company</translation>
    </message>
    <message>
        <source>Assign</source>
        <extracomment>Extra right: give records to other users.</extracomment>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Purge</source>
        <extracomment>Extra right: erase records in the recycle bin for good.</extracomment>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>Extra right: read the audit log.</extracomment>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Give records to other users and take them back.</source>
        <translation>Give records to other users and take them back.</translation>
    </message>
    <message>
        <source>Set one field on many records at once.</source>
        <translation>Set one field on many records at once.</translation>
    </message>
    <message>
        <source>Import records from CSV or Excel files.</source>
        <translation>Import records from CSV or Excel files.</translation>
    </message>
    <message>
        <source>Export records to CSV or Excel files.</source>
        <translation>Export records to CSV or Excel files.</translation>
    </message>
    <message>
        <source>Print records.</source>
        <translation>Print records.</translation>
    </message>
    <message>
        <source>Copy text out of lists and forms.</source>
        <translation>Copy text out of lists and forms.</translation>
    </message>
    <message>
        <source>Erase records in the recycle bin for good.</source>
        <translation>Erase records in the recycle bin for good.</translation>
    </message>
    <message>
        <source>Approve requests that need approval.</source>
        <translation>Approve requests that need approval.</translation>
    </message>
    <message>
        <source>Read the audit log (in Administration).</source>
        <translation>Read the audit log (in Administration).</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Read-only</source>
        <comment>field access</comment>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>Editable</translation>
    </message>
    <message>
        <source>through the department &quot;%1&quot;</source>
        <translation>through the department &quot;%1&quot;</translation>
    </message>
    <message>
        <source>through the group &quot;%1&quot;</source>
        <translation>through the group &quot;%1&quot;</translation>
    </message>
    <message>
        <source>primary role</source>
        <translation>primary role</translation>
    </message>
    <message>
        <source>extra role</source>
        <translation>extra role</translation>
    </message>
    <message>
        <source>You cannot give a role that grants more than you hold yourself.</source>
        <translation>You cannot give a role that grants more than you hold yourself.</translation>
    </message>
    <message>
        <source>A chosen role no longer exists; it may have been deleted.</source>
        <translation>A chosen role no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>Your password must be changed before you can go on.</source>
        <translation>Your password must be changed before you can go on.</translation>
    </message>
    <message>
        <source>The server is busy saving another large change, such as an import, and nothing was saved. Try again in a moment.</source>
        <translation>The server is busy saving another large change, such as an import, and nothing was saved. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>DepartmentNameDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter a department name.</source>
        <translation>Enter a department name.</translation>
    </message>
</context>
<context>
    <name>DepartmentRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <source>Everyone in &quot;%1&quot; and in the departments below it holds these roles, besides their own:</source>
        <translation>Everyone in &quot;%1&quot; and in the departments below it holds these roles, besides their own:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Customer kind</source>
        <translation>Customer kind</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Telephone 2</source>
        <translation>Telephone 2</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Telephone marketing</source>
        <translation>Telephone marketing</translation>
    </message>
    <message>
        <source>Website / online</source>
        <translation>Website / online</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Trade fair</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>Existing customer</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <source>IT and software</source>
        <translation>IT and software</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>Telecommunications</translation>
    </message>
    <message>
        <source>Finance and insurance</source>
        <translation>Finance and insurance</translation>
    </message>
    <message>
        <source>Wholesale and retail</source>
        <translation>Wholesale and retail</translation>
    </message>
    <message>
        <source>Construction and real estate</source>
        <translation>Construction and real estate</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Transport and logistics</translation>
    </message>
    <message>
        <source>Energy and utilities</source>
        <translation>Energy and utilities</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Healthcare</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Government and public sector</source>
        <translation>Government and public sector</translation>
    </message>
    <message>
        <source>Media and advertising</source>
        <translation>Media and advertising</translation>
    </message>
    <message>
        <source>Hotels and catering</source>
        <translation>Hotels and catering</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Business services</source>
        <translation>Business services</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>A – key</source>
        <translation>A – key</translation>
    </message>
    <message>
        <source>B – important</source>
        <translation>B – important</translation>
    </message>
    <message>
        <source>C – normal</source>
        <translation>C – normal</translation>
    </message>
    <message>
        <source>D – minor</source>
        <translation>D – minor</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Registered name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation>State-owned</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Foreign-owned</source>
        <translation>Foreign-owned</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>Joint venture</translation>
    </message>
    <message>
        <source>Sole proprietor</source>
        <translation>Sole proprietor</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>Government agency</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>Main products</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>Business scope</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>Invoice address</translation>
    </message>
    <message>
        <source>Invoice telephone</source>
        <translation>Invoice telephone</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Monthly statement</translation>
    </message>
    <message>
        <source>Quarterly statement</source>
        <translation>Quarterly statement</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>Prepayment</translation>
    </message>
    <message>
        <source>Bank acceptance bill</source>
        <translation>Bank acceptance bill</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Total deal value</source>
        <translation>Total deal value</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>Dealer</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>Value class</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>High value</translation>
    </message>
    <message>
        <source>Medium value</source>
        <translation>Medium value</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>Low value</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Not cooperating</source>
        <translation>Not cooperating</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negotiating</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>Cooperating</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Contact cycle</source>
        <translation>Contact cycle</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Every six months</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Sales area</source>
        <translation>Sales area</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>Following up</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Success rate (%)</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>Expected amount</translation>
    </message>
    <message>
        <source>Expected closing date</source>
        <translation>Expected closing date</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Modified by</translation>
    </message>
    <message>
        <source>Modified at</source>
        <translation>Modified at</translation>
    </message>
    <message>
        <source>Assigned at</source>
        <translation>Assigned at</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department (at the customer)</source>
        <translation>Department (at the customer)</translation>
    </message>
    <message>
        <source>WeChat / QQ</source>
        <translation>WeChat / QQ</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>Manager&apos;s name</translation>
    </message>
    <message>
        <source>Manager&apos;s telephone</source>
        <translation>Manager&apos;s telephone</translation>
    </message>
    <message>
        <source>Assistant&apos;s name</source>
        <translation>Assistant&apos;s name</translation>
    </message>
    <message>
        <source>Assistant&apos;s telephone</source>
        <translation>Assistant&apos;s telephone</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>Native place</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>Secondary school</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <translation>Spouse&apos;s name</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <source>Notes about the contact</source>
        <translation>Notes about the contact</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Education level</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>, </source>
        <extracomment>Separates the chosen values of a multiple-choice field in a list cell.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FileJobText</name>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Could not read “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>ListTools</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the file %1: %2</source>
        <translation>Could not write the file %1: %2</translation>
    </message>
</context>
<context>
    <name>MachineKey</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <source>The computer key %1 could not be read: %2</source>
        <translation>The computer key %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The file %1 does not hold a computer key. Move it away to make a new key; an administrator must then approve this computer again.</source>
        <translation>The file %1 does not hold a computer key. Move it away to make a new key; an administrator must then approve this computer again.</translation>
    </message>
    <message>
        <source>The computer key could not be saved in %1: %2</source>
        <translation>The computer key could not be saved in %1: %2</translation>
    </message>
</context>
<context>
    <name>MachineText</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Your account may log in only from computers an administrator has approved.</source>
        <translation>Your account may log in only from computers an administrator has approved.</translation>
    </message>
    <message>
        <source>This client did not identify the computer, so it cannot log in here. Tell your administrator.</source>
        <translation>This client did not identify the computer, so it cannot log in here. Tell your administrator.</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>An administrator has revoked this computer&apos;s approval.</source>
        <translation>An administrator has revoked this computer&apos;s approval.</translation>
    </message>
    <message>
        <source>Ask your administrator to approve it again in Administration › Computers.</source>
        <translation>Ask your administrator to approve it again in Administration › Computers.</translation>
    </message>
    <message>
        <source>This computer has not been approved yet.</source>
        <translation>This computer has not been approved yet.</translation>
    </message>
    <message>
        <source>Read the fingerprint to your administrator, who approves the computer in Administration › Computers; then log in again.</source>
        <translation>Read the fingerprint to your administrator, who approves the computer in Administration › Computers; then log in again.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>%1 made you a follower of %n customer(s).</source>
        <translation>
            <numerusform>%1 made you a follower of %n customer.</numerusform>
            <numerusform>%1 made you a follower of %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned %n customer(s) to you.</source>
        <translation>
            <numerusform>%1 assigned %n customer to you.</numerusform>
            <numerusform>%1 assigned %n customers to you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added followers to %n customer(s) that you follow.</source>
        <translation>
            <numerusform>%1 added followers to %n customer that you follow.</numerusform>
            <numerusform>%1 added followers to %n customers that you follow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned %n customer(s) that you followed to someone else.</source>
        <translation>
            <numerusform>%1 assigned %n customer that you followed to someone else.</numerusform>
            <numerusform>%1 assigned %n customers that you followed to someone else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added followers to %n customer(s) that you created.</source>
        <translation>
            <numerusform>%1 added followers to %n customer that you created.</numerusform>
            <numerusform>%1 added followers to %n customers that you created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned %n customer(s) that you created to someone else.</source>
        <translation>
            <numerusform>%1 assigned %n customer that you created to someone else.</numerusform>
            <numerusform>%1 assigned %n customers that you created to someone else.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tried to log in from the computer %2 (fingerprint %3), which waits for your approval in Administration › Computers.</source>
        <translation>%1 tried to log in from the computer %2 (fingerprint %3), which waits for your approval in Administration › Computers.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Enter a new password.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>Set a temporary password for &quot;%1&quot; (%2) and tell it to them. At the next login they must choose their own. The sessions in which this user is logged in will be ended.</source>
        <translation>Set a temporary password for &quot;%1&quot; (%2) and tell it to them. At the next login they must choose their own. The sessions in which this user is logged in will be ended.</translation>
    </message>
</context>
<context>
    <name>cordial::client::AdministrationPage</name>
    <message>
        <source>Departments (&amp;1)</source>
        <translation>Departments (&amp;1)</translation>
    </message>
    <message>
        <source>Users (&amp;2)</source>
        <translation>Users (&amp;2)</translation>
    </message>
    <message>
        <source>Could not determine your permissions, so editing is turned off: %1</source>
        <translation>Could not determine your permissions, so editing is turned off: %1</translation>
    </message>
    <message>
        <source>Roles (&amp;3)</source>
        <translation>Roles (&amp;3)</translation>
    </message>
    <message>
        <source>Groups (&amp;4)</source>
        <translation>Groups (&amp;4)</translation>
    </message>
    <message>
        <source>Sessions (&amp;5)</source>
        <translation>Sessions (&amp;5)</translation>
    </message>
    <message>
        <source>Login bans (&amp;6)</source>
        <translation>Login bans (&amp;6)</translation>
    </message>
    <message>
        <source>Audit log (&amp;7)</source>
        <translation>Audit log (&amp;7)</translation>
    </message>
    <message>
        <source>Custom fields (&amp;8)</source>
        <translation>Custom fields (&amp;8)</translation>
    </message>
    <message>
        <source>Computers (&amp;9)</source>
        <translation>Computers (&amp;9)</translation>
    </message>
</context>
<context>
    <name>cordial::client::AppController</name>
    <message>
        <source>The certificate of %1 has changed since you first trusted it.
Trusted: %2
Presented now: %3
Ask your administrator whether the server&apos;s certificate was replaced.</source>
        <translation>The certificate of %1 has changed since you first trusted it.
Trusted: %2
Presented now: %3
Ask your administrator whether the server&apos;s certificate was replaced.</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>You have logged out.</translation>
    </message>
    <message>
        <source>Your session was ended. Log in again to continue.</source>
        <translation>Your session was ended. Log in again to continue.</translation>
    </message>
    <message>
        <source>Your account has been disabled by an administrator.</source>
        <translation>Your account has been disabled by an administrator.</translation>
    </message>
    <message>
        <source>Your password was changed on another computer. Log in with the new password.</source>
        <translation>Your password was changed on another computer. Log in with the new password.</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Log in with the new password.</source>
        <translation>An administrator has reset your password. Log in with the new password.</translation>
    </message>
    <message>
        <source>Your session has expired. Log in again to continue.</source>
        <translation>Your session has expired. Log in again to continue.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again to continue.</source>
        <translation>Your session has ended. Log in again to continue.</translation>
    </message>
    <message>
        <source>Your session has ended (%1). Log in again to continue.</source>
        <translation>Your session has ended (%1). Log in again to continue.</translation>
    </message>
</context>
<context>
    <name>cordial::client::AuditViewer</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Create department</source>
        <translation>Create department</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>Enable user</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a person</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department ID</source>
        <translation>Department ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a department</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parent department ID</source>
        <translation>Parent department ID</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>Number of users</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header: the network address the action came from.</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: the kind of record the action concerns (session, user, department).</extracomment>
        <translation>Object</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Object:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>The suggested name of the exported file.</extracomment>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Verify audit chain</source>
        <translation>Verify audit chain</translation>
    </message>
    <message>
        <source>Check whether records of the audit log have been changed, deleted or inserted</source>
        <translation>Check whether records of the audit log have been changed, deleted or inserted</translation>
    </message>
    <message>
        <source>Select a record to see the values before and after the change.</source>
        <translation>Select a record to see the values before and after the change.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>Could not load the audit log: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record #%1 · %2 · %3 · %4</source>
        <translation>Record #%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>no changes recorded</source>
        <translation>no changes recorded</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Could not verify: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit chain is intact: %Ln record(s) checked, no tampering found.</source>
        <translation>
            <numerusform>✔ The audit chain is intact: %Ln record checked, no tampering found.</numerusform>
            <numerusform>✔ The audit chain is intact: %Ln records checked, no tampering found.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The audit chain is broken at record #%1: this record, or one next to it, has been changed, deleted or inserted. Tell your system administrator and keep the database backups.</source>
        <translation>✘ The audit chain is broken at record #%1: this record, or one next to it, has been changed, deleted or inserted. Tell your system administrator and keep the database backups.</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Create role</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Edit role</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <source>Create user group</source>
        <translation>Create user group</translation>
    </message>
    <message>
        <source>Edit user group</source>
        <translation>Edit user group</translation>
    </message>
    <message>
        <source>Delete user group</source>
        <translation>Delete user group</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>User group</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login refused</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>Revoke session</translation>
    </message>
    <message>
        <source>Lift login ban</source>
        <translation>Lift login ban</translation>
    </message>
    <message>
        <source>Login ban</source>
        <translation>Login ban</translation>
    </message>
    <message>
        <source>Must change password at next login</source>
        <translation>Must change password at next login</translation>
    </message>
    <message>
        <source>Password to be changed</source>
        <translation>Password to be changed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Login or address</source>
        <translation>Login or address</translation>
    </message>
</context>
<context>
    <name>cordial::client::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Your other sessions (on other computers) end when the password changes.</source>
        <translation>Your other sessions (on other computers) end when the password changes.</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Enter a new password.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>The two new passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>This is not your current password.</translation>
    </message>
    <message>
        <source>The server did not accept the new password: it must be long enough and differ from the current one. (%1)</source>
        <translation>The server did not accept the new password: it must be long enough and differ from the current one. (%1)</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again, then change the password.</source>
        <translation>Your session has ended. Log in again, then change the password.</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>The password was not changed: %1</translation>
    </message>
    <message numerus="yes">
        <source>The new password is too short: it needs at least %n character(s).</source>
        <translation>
            <numerusform>The new password is too short: it needs at least %n character.</numerusform>
            <numerusform>The new password is too short: it needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different one.</source>
        <translation>The new password is the same as the current one. Choose a different one.</translation>
    </message>
    <message numerus="yes">
        <source>You have used this password recently. Choose one that differs from your last %n password(s).</source>
        <translation>
            <numerusform>You have used this password recently. Choose one that differs from your last %n password.</numerusform>
            <numerusform>You have used this password recently. Choose one that differs from your last %n passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::Connection</name>
    <message>
        <source>The connection was replaced by a new one.</source>
        <translation>The connection was replaced by a new one.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted.</source>
        <translation>The server&apos;s certificate was not trusted.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Disconnected.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted.</source>
        <translation>The server&apos;s certificate was not accepted.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed.</source>
        <translation>The server&apos;s certificate has changed.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the server address.</source>
        <translation>The server %1 could not be found. Check the server address.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the port and that the Cordial server is running.</source>
        <translation>The server %1 refused the connection. Check the port and that the Cordial server is running.</translation>
    </message>
    <message>
        <source>The server %1 is unreachable. Check the network connection.</source>
        <translation>The server %1 is unreachable. Check the network connection.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Check the address and the network.</source>
        <translation>The server %1 did not answer in time. Check the address and the network.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2</source>
        <translation>The secure connection (TLS) to %1 failed: %2</translation>
    </message>
    <message>
        <source>The server %1 closed the connection during the secure handshake.</source>
        <translation>The server %1 closed the connection during the secure handshake.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Could not connect to %1.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Could not connect to %1: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>The connection to the server was lost.</translation>
    </message>
    <message>
        <source>The server %1 speaks a different protocol version (%2). Install the client version that matches the server.</source>
        <translation>The server %1 speaks a different protocol version (%2). Install the client version that matches the server.</translation>
    </message>
    <message>
        <source>The server %1 refused the greeting: %2</source>
        <translation>The server %1 refused the greeting: %2</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Not connected to the server.</translation>
    </message>
    <message>
        <source>The server sent data the client does not understand.</source>
        <translation>The server sent data the client does not understand.</translation>
    </message>
</context>
<context>
    <name>cordial::client::DepartmentsPage</name>
    <message>
        <source>New sub-department</source>
        <translation>New sub-department</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>Column header: how many users the department has.</extracomment>
        <translation>Users</translation>
    </message>
    <message>
        <source>Could not load the departments: %1</source>
        <translation>Could not load the departments: %1</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>Name of the new sub-department of &quot;%1&quot;:</source>
        <translation>Name of the new sub-department of &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Name of the new department:</source>
        <translation>Name of the new department:</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Rename department</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>New name for &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Move department</source>
        <translation>Move department</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to:</source>
        <translation>Move &quot;%1&quot; to:</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Top level)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Could not move the department &quot;%1&quot;: %2</source>
        <translation>Could not move the department &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <source>Delete the department &quot;%1&quot;?</source>
        <translation>Delete the department &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Only a department without users and sub-departments can be deleted.</source>
        <translation>Only a department without users and sub-departments can be deleted.</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; has been deleted.</source>
        <translation>The department &quot;%1&quot; has been deleted.</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be deleted: it still has users or sub-departments. Move its users to other departments and move or delete its sub-departments first.</source>
        <translation>The department &quot;%1&quot; cannot be deleted: it still has users or sub-departments. Move its users to other departments and move or delete its sub-departments first.</translation>
    </message>
    <message>
        <source>Could not delete the department &quot;%1&quot;: %2</source>
        <translation>Could not delete the department &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Roles…</translation>
    </message>
    <message>
        <source>Give roles to everyone in the selected department and the departments below it</source>
        <translation>Give roles to everyone in the selected department and the departments below it</translation>
    </message>
    <message>
        <source>Roles</source>
        <extracomment>Column header: the roles everyone in the department holds.</extracomment>
        <translation>Roles</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>cordial::client::DisableUserDialog</name>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>The manager of their department</source>
        <translation>The manager of their department</translation>
    </message>
    <message>
        <source>&amp;Hand customers to:</source>
        <translation>&amp;Hand customers to:</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>Could not load the users: %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Their department has no manager (nor has any department above it). Choose a colleague instead.</source>
        <translation>Their department has no manager (nor has any department above it). Choose a colleague instead.</translation>
    </message>
    <message>
        <source>You cannot disable yourself or the last enabled administrator.</source>
        <translation>You cannot disable yourself or the last enabled administrator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) will no longer be able to log in, and their open sessions end at once. The customers they follow pass to the successor you choose, who is told about it, and the successor takes their place where customers list them as reader or editor. You can enable the user again later; the customers stay with the successor.</source>
        <translation>&quot;%1&quot; (%2) will no longer be able to log in, and their open sessions end at once. The customers they follow pass to the successor you choose, who is told about it, and the successor takes their place where customers list them as reader or editor. You can enable the user again later; the customers stay with the successor.</translation>
    </message>
</context>
<context>
    <name>cordial::client::LoginDialog</name>
    <message>
        <source>Log in to Cordial CRM</source>
        <translation>Log in to Cordial CRM</translation>
    </message>
    <message>
        <source>Cordial CRM</source>
        <translation>Cordial CRM</translation>
    </message>
    <message>
        <source>Log in with the account your administrator created for you.</source>
        <translation>Log in with the account your administrator created for you.</translation>
    </message>
    <message>
        <source>host or host:port, e.g. crm.example.com:7443</source>
        <translation>host or host:port, e.g. crm.example.com:7443</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you first trusted it, so nothing was sent.
Trusted: %2
Presented now: %3
This can mean someone is intercepting the connection. Ask your administrator whether the server&apos;s certificate was replaced.</source>
        <translation>The certificate of %1 has changed since you first trusted it, so nothing was sent.
Trusted: %2
Presented now: %3
This can mean someone is intercepting the connection. Ask your administrator whether the server&apos;s certificate was replaced.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Enter the server as host or host:port, for example crm.example.com:7443.</source>
        <translation>Enter the server as host or host:port, for example crm.example.com:7443.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Resuming your session…</source>
        <translation>Resuming your session…</translation>
    </message>
    <message>
        <source>Your previous session has ended. Enter your password to log in again.</source>
        <translation>Your previous session has ended. Enter your password to log in again.</translation>
    </message>
    <message>
        <source>Waiting for you to check the server&apos;s certificate…</source>
        <translation>Waiting for you to check the server&apos;s certificate…</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so nothing was sent.</source>
        <translation>The server&apos;s certificate was not trusted, so nothing was sent.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The login or password is wrong, or the account is disabled. Check both (and Caps Lock) and try again.</source>
        <translation>The login or password is wrong, or the account is disabled. Check both (and Caps Lock) and try again.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes, then try again.</source>
        <translation>Too many failed attempts. Wait a few minutes, then try again.</translation>
    </message>
    <message>
        <source>Enter both your login and your password.</source>
        <translation>Enter both your login and your password.</translation>
    </message>
    <message>
        <source>The server speaks a different protocol version. Install the client version that matches the server.</source>
        <translation>The server speaks a different protocol version. Install the client version that matches the server.</translation>
    </message>
    <message>
        <source>The server could not complete the login. Try again later or tell your administrator.</source>
        <translation>The server could not complete the login. Try again later or tell your administrator.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>The server refused the login: %1</translation>
    </message>
    <message>
        <source>%1
The server says: %2</source>
        <translation>%1
The server says: %2</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Logging out…</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for your account. Choose your own password to continue.</source>
        <translation>An administrator has set a temporary password for your account. Choose your own password to continue.</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new password to continue.</source>
        <translation>Your password has expired. Choose a new password to continue.</translation>
    </message>
    <message>
        <source>%1
The password was not changed, so you have been logged out. Log in again to change it.</source>
        <translation>%1
The password was not changed, so you have been logged out. Log in again to change it.</translation>
    </message>
    <message>
        <source>Your account may not log in from this computer&apos;s network address. Log in from the office network, or ask your administrator to allow this address.</source>
        <translation>Your account may not log in from this computer&apos;s network address. Log in from the office network, or ask your administrator to allow this address.</translation>
    </message>
    <message>
        <source>The server is busy saving a large change, such as an import. Try again in a moment.</source>
        <translation>The server is busy saving a large change, such as an import. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>cordial::client::MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Mail / SMS / Fax</source>
        <translation>Mail / SMS / Fax</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Cordial CRM</source>
        <translation>Cordial CRM</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Cordial</source>
        <translation>&amp;About Cordial</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>About Cordial CRM</source>
        <translation>About Cordial CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cordial CRM %1&lt;/h3&gt;&lt;p&gt;Customer relationship management for the office staff of one company.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cordial CRM %1&lt;/h3&gt;&lt;p&gt;Customer relationship management for the office staff of one company.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>no server</translation>
    </message>
    <message>
        <source>The %1 module arrives in a later release of Cordial.</source>
        <translation>The %1 module arrives in a later release of Cordial.</translation>
    </message>
    <message>
        <source>New notification: %1</source>
        <translation>New notification: %1</translation>
    </message>
    <message>
        <source>This &amp;computer…</source>
        <translation>This &amp;computer…</translation>
    </message>
    <message>
        <source>An administrator changed what you may do, but Cordial could not read your new permissions: %1. Log out and in again to see them.</source>
        <translation>An administrator changed what you may do, but Cordial could not read your new permissions: %1. Log out and in again to see them.</translation>
    </message>
    <message>
        <source>An administrator changed what you may do. Cordial now shows the modules and actions your new permissions allow; no need to log in again.</source>
        <translation>An administrator changed what you may do. Cordial now shows the modules and actions your new permissions allow; no need to log in again.</translation>
    </message>
    <message>
        <source>An administrator changed what you may do: %1 is no longer available to you. Cordial now shows what your new permissions allow.</source>
        <translation>An administrator changed what you may do: %1 is no longer available to you. Cordial now shows what your new permissions allow.</translation>
    </message>
</context>
<context>
    <name>cordial::client::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>cordial::client::ProgressIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cancelling…</source>
        <translation>%1 — cancelling…</translation>
    </message>
</context>
<context>
    <name>cordial::client::SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;User interface language:</source>
        <translation>&amp;User interface language:</translation>
    </message>
    <message>
        <source>The new language is used the next time Cordial starts.</source>
        <translation>The new language is used the next time Cordial starts.</translation>
    </message>
</context>
<context>
    <name>cordial::client::ThisComputerDialog</name>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Where your company allows some accounts to log in only from approved computers, an administrator approves each computer by its fingerprint. Read it to them, or compare it with what they see in Administration › Computers.</source>
        <translation>Where your company allows some accounts to log in only from approved computers, an administrator approves each computer by its fingerprint. Read it to them, or compare it with what they see in Administration › Computers.</translation>
    </message>
    <message>
        <source>Computer name:</source>
        <translation>Computer name:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>&amp;Copy fingerprint</translation>
    </message>
    <message>
        <source>The key file is this computer&apos;s identity: keep it private. A copy of it on another computer would pass for this one; deleting it makes a new key, which must be approved again.</source>
        <translation>The key file is this computer&apos;s identity: keep it private. A copy of it on another computer would pass for this one; deleting it makes a new key, which must be approved again.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>This client could not read or create its key file, so it cannot log in where approved computers are required. Check that the folder of the key file can be written.</source>
        <translation>This client could not read or create its key file, so it cannot log in where approved computers are required. Check that the folder of the key file can be written.</translation>
    </message>
</context>
<context>
    <name>cordial::client::TrustDialog</name>
    <message>
        <source>Trust this server?</source>
        <translation>Trust this server?</translation>
    </message>
    <message>
        <source>First connection to %1</source>
        <translation>First connection to %1</translation>
    </message>
    <message>
        <source>This computer has not connected to this server before. Compare the certificate fingerprint below with the one your administrator gives you (the command &quot;cordialctl fingerprint&quot; prints it on the server). Trust the server only if they are the same; Cordial will then refuse any other certificate for this address.</source>
        <translation>This computer has not connected to this server before. Compare the certificate fingerprint below with the one your administrator gives you (the command &quot;cordialctl fingerprint&quot; prints it on the server). Trust the server only if they are the same; Cordial will then refuse any other certificate for this address.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Trust</translation>
    </message>
</context>
<context>
    <name>cordial::client::UserEditorDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>Letters, digits, dots, underscores or hyphens</source>
        <translation>Letters, digits, dots, underscores or hyphens</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Job &amp;title:</source>
        <translation>Job &amp;title:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <source>The login cannot be changed once the user has been created.</source>
        <translation>The login cannot be changed once the user has been created.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(Choose a department)</source>
        <translation>(Choose a department)</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Enter a login.</translation>
    </message>
    <message>
        <source>A login may contain only letters, digits, dots (.), underscores (_) and hyphens (-).</source>
        <translation>A login may contain only letters, digits, dots (.), underscores (_) and hyphens (-).</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>Choose a department.</translation>
    </message>
    <message>
        <source>The email address is not valid. It should look like zhang.san@example.com.</source>
        <translation>The email address is not valid. It should look like zhang.san@example.com.</translation>
    </message>
    <message>
        <source>A mobile number may contain only digits, +, - and spaces.</source>
        <translation>A mobile number may contain only digits, +, - and spaces.</translation>
    </message>
    <message>
        <source>Enter an initial password.</source>
        <translation>Enter an initial password.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>Roles this user holds besides the primary role. The user may do everything any of them grants.</source>
        <translation>Roles this user holds besides the primary role. The user may do everything any of them grants.</translation>
    </message>
    <message>
        <source>E&amp;xtra roles:</source>
        <translation>E&amp;xtra roles:</translation>
    </message>
    <message>
        <source>&amp;Why can this user…?</source>
        <translation>&amp;Why can this user…?</translation>
    </message>
    <message>
        <source>Show what this user may do in each module and which roles grant it</source>
        <translation>Show what this user may do in each module and which roles grant it</translation>
    </message>
    <message>
        <source>Only from computers an administrator has &amp;approved</source>
        <translation>Only from computers an administrator has &amp;approved</translation>
    </message>
    <message>
        <source>Administration › Computers lists the computers and their approval.</source>
        <translation>Administration › Computers lists the computers and their approval.</translation>
    </message>
    <message>
        <source>Log in:</source>
        <translation>Log in:</translation>
    </message>
</context>
<context>
    <name>cordial::client::UsersPage</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>The suggested name of the exported file.</extracomment>
        <translation>Users</translation>
    </message>
    <message>
        <source>Search by login or name…</source>
        <translation>Search by login or name…</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>S&amp;how disabled users</source>
        <translation>S&amp;how disabled users</translation>
    </message>
    <message>
        <source>Could not load the user list: %1</source>
        <translation>Could not load the user list: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln user(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln user</numerusform>
            <numerusform>Showing %1 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>The user has been created.</source>
        <translation>The user has been created.</translation>
    </message>
    <message>
        <source>Could not enable the user &quot;%1&quot;: %2</source>
        <translation>Could not enable the user &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been enabled.</source>
        <translation>The user &quot;%1&quot; has been enabled.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been disabled.</source>
        <translation>The user &quot;%1&quot; has been disabled.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Why can this user…?</source>
        <translation>Why can this user…?</translation>
    </message>
    <message>
        <source>Show what the selected user may do in each module and which roles grant it</source>
        <translation>Show what the selected user may do in each module and which roles grant it</translation>
    </message>
    <message numerus="yes">
        <source>The user &quot;%1&quot; has been disabled; %n customer(s) passed to %2.</source>
        <translation>
            <numerusform>The user &quot;%1&quot; has been disabled; %n customer passed to %2.</numerusform>
            <numerusform>The user &quot;%1&quot; has been disabled; %n customers passed to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; has been reset. They will choose their own at the next login.</source>
        <translation>The password of &quot;%1&quot; has been reset. They will choose their own at the next login.</translation>
    </message>
    <message numerus="yes">
        <source>Where %n customer(s) listed them as reader or editor, %1 is listed instead.</source>
        <translation>
            <numerusform>Where %n customer listed them as reader or editor, %1 is listed instead.</numerusform>
            <numerusform>Where %n customers listed them as reader or editor, %1 is listed instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::AccessDialog</name>
    <message>
        <source>Access of %1</source>
        <translation>Access of %1</translation>
    </message>
    <message>
        <source>What %1 may do, and which roles grant it. Several roles together give everything any of them grants: the highest level, the widest scope and every extra right; a field stays hidden or read-only only if every role that grants the module restricts it.</source>
        <translation>What %1 may do, and which roles grant it. Several roles together give everything any of them grants: the highest level, the widest scope and every extra right; a field stays hidden or read-only only if every role that grants the module restricts it.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Roles held</source>
        <translation>Roles held</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>Held as</translation>
    </message>
    <message>
        <source>What the roles allow</source>
        <translation>What the roles allow</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>Access level</translation>
    </message>
    <message>
        <source>Data scope</source>
        <translation>Data scope</translation>
    </message>
    <message>
        <source>Extra rights</source>
        <translation>Extra rights</translation>
    </message>
    <message>
        <source>Restricted fields</source>
        <translation>Restricted fields</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Granted by</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Could not read this user&apos;s access: %1</source>
        <translation>Could not read this user&apos;s access: %1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>department %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>In the list of a user&apos;s restricted fields: %1 hidden / read-only, %2 the fields.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Which role grants a module and how the user holds it: &quot;Exporter (department Shanghai)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contact&apos;s %1</source>
        <translation>Contact&apos;s %1</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::BansPage</name>
    <message>
        <source>the login “%1”</source>
        <translation>the login “%1”</translation>
    </message>
    <message>
        <source>the address %1</source>
        <translation>the address %1</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Login or address</source>
        <translation>Login or address</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <source>Blocked until</source>
        <translation>Blocked until</translation>
    </message>
    <message>
        <source>Filter by login or address…</source>
        <translation>Filter by login or address…</translation>
    </message>
    <message>
        <source>Login bans</source>
        <extracomment>The suggested name of an exported list of blocked logins and addresses.</extracomment>
        <translation>Login bans</translation>
    </message>
    <message>
        <source>Could not load the login bans: %1</source>
        <translation>Could not load the login bans: %1</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>Lift…</translation>
    </message>
    <message>
        <source>No login or address is blocked.
After repeated failed logins the server blocks the login or the computer&apos;s address for a while; such blocks are listed here.</source>
        <translation>No login or address is blocked.
After repeated failed logins the server blocks the login or the computer&apos;s address for a while; such blocks are listed here.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Computer address</source>
        <translation>Computer address</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift login ban</source>
        <translation>Lift login ban</translation>
    </message>
    <message>
        <source>Lift the block on %1?</source>
        <translation>Lift the block on %1?</translation>
    </message>
    <message>
        <source>Logins are accepted again at once and the failed attempts are forgotten. If someone is guessing passwords, the block comes back after the next failures.</source>
        <translation>Logins are accepted again at once and the failed attempts are forgotten. If someone is guessing passwords, the block comes back after the next failures.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>The block on %1 has been lifted.</source>
        <translation>The block on %1 has been lifted.</translation>
    </message>
    <message>
        <source>Could not lift the block on %1: %2</source>
        <translation>Could not lift the block on %1: %2</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::GroupEditorDialog</name>
    <message>
        <source>New user group</source>
        <translation>New user group</translation>
    </message>
    <message>
        <source>User group – %1</source>
        <translation>User group – %1</translation>
    </message>
    <message>
        <source>For example: Key account team, Trade fair staff</source>
        <translation>For example: Key account team, Trade fair staff</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Find by name, login or department…</source>
        <translation>Find by name, login or department…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Roles every member holds</source>
        <translation>Roles every member holds</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) chosen.</source>
        <translation>
            <numerusform>%n member chosen.</numerusform>
            <numerusform>%n members chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) outside your part of the company are not shown.</source>
        <translation>
            <numerusform>%n member outside your part of the company is not shown.</numerusform>
            <numerusform>%n members outside your part of the company are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Give the group a name.</translation>
    </message>
    <message>
        <source>Another group already has this name. Choose another name.</source>
        <translation>Another group already has this name. Choose another name.</translation>
    </message>
    <message>
        <source>A group name has 1 to 64 characters.</source>
        <translation>A group name has 1 to 64 characters.</translation>
    </message>
    <message>
        <source>A chosen member is not a user you can see; they may have been moved or deleted.</source>
        <translation>A chosen member is not a user you can see; they may have been moved or deleted.</translation>
    </message>
    <message>
        <source>You cannot give a role that grants more than you hold yourself.</source>
        <translation>You cannot give a role that grants more than you hold yourself.</translation>
    </message>
    <message>
        <source>A chosen role no longer exists; it may have been deleted.</source>
        <translation>A chosen role no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>You may not change this group: some of its members are outside your part of the company. Ask an administrator.</source>
        <translation>You may not change this group: some of its members are outside your part of the company. Ask an administrator.</translation>
    </message>
    <message>
        <source>Someone else changed this group while you were editing it. The dialog now shows their version; make your changes again and save.</source>
        <translation>Someone else changed this group while you were editing it. The dialog now shows their version; make your changes again and save.</translation>
    </message>
    <message>
        <source>Someone else deleted this group while you were editing it.</source>
        <translation>Someone else deleted this group while you were editing it.</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::GroupsPage</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <source>Filter by name, role or description…</source>
        <translation>Filter by name, role or description…</translation>
    </message>
    <message>
        <source>User groups</source>
        <extracomment>The suggested name of an exported list of user groups.</extracomment>
        <translation>User groups</translation>
    </message>
    <message>
        <source>Could not load the user groups: %1</source>
        <translation>Could not load the user groups: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>The group has been created.</source>
        <translation>The group has been created.</translation>
    </message>
    <message>
        <source>The group has been saved.</source>
        <translation>The group has been saved.</translation>
    </message>
    <message>
        <source>Delete user group</source>
        <translation>Delete user group</translation>
    </message>
    <message>
        <source>Delete the group “%1”?</source>
        <translation>Delete the group “%1”?</translation>
    </message>
    <message>
        <source>Its members lose the roles the group gave them; the users themselves stay.</source>
        <translation>Its members lose the roles the group gave them; the users themselves stay.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The group “%1” has been deleted.</source>
        <translation>The group “%1” has been deleted.</translation>
    </message>
    <message>
        <source>Could not delete the group “%1”: %2</source>
        <translation>Could not delete the group “%1”: %2</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::MachineDialog</name>
    <message>
        <source>Approve computer</source>
        <translation>Approve computer</translation>
    </message>
    <message>
        <source>Rename computer</source>
        <translation>Rename computer</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the user reads from their screen (Settings › This computer, or the login window). Approve only when they match: users who may log in only from approved computers can then log in from this one.</source>
        <translation>Compare the fingerprint with the one the user reads from their screen (Settings › This computer, or the login window). Approve only when they match: users who may log in only from approved computers can then log in from this one.</translation>
    </message>
    <message>
        <source>The name is only for people; the computer is known by its key, whose fingerprint is below.</source>
        <translation>The name is only for people; the computer is known by its key, whose fingerprint is below.</translation>
    </message>
    <message>
        <source>e.g. Front desk PC, Shanghai office</source>
        <translation>e.g. Front desk PC, Shanghai office</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Last user:</source>
        <translation>Last user:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Give the computer a name, such as where it stands.</source>
        <translation>Give the computer a name, such as where it stands.</translation>
    </message>
    <message>
        <source>Someone else changed this computer meanwhile. Close this window; the list shows it as it is now.</source>
        <translation>Someone else changed this computer meanwhile. Close this window; the list shows it as it is now.</translation>
    </message>
    <message>
        <source>Someone else deleted this computer meanwhile.</source>
        <translation>Someone else deleted this computer meanwhile.</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::MachinesPage</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last user</source>
        <translation>Last user</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <source>Filter by computer, fingerprint, status or user…</source>
        <translation>Filter by computer, fingerprint, status or user…</translation>
    </message>
    <message>
        <source>Computers</source>
        <extracomment>The suggested name of an exported list of computers.</extracomment>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Could not load the computers: %1</source>
        <translation>Could not load the computers: %1</translation>
    </message>
    <message>
        <source>No computer has logged in with its key yet.</source>
        <translation>No computer has logged in with its key yet.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n computer</numerusform>
            <numerusform>%n computers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 the number of computers shown, %2 how many of all wait for approval.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for approval</source>
        <translation>
            <numerusform>%n waiting for approval</numerusform>
            <numerusform>%n waiting for approval</numerusform>
        </translation>
    </message>
    <message>
        <source>The computer “%1” has been approved.</source>
        <translation>The computer “%1” has been approved.</translation>
    </message>
    <message>
        <source>The computer has been renamed “%1”.</source>
        <translation>The computer has been renamed “%1”.</translation>
    </message>
    <message>
        <source>Revoke computer</source>
        <translation>Revoke computer</translation>
    </message>
    <message>
        <source>Revoke the approval of the computer “%1” (fingerprint %2)?</source>
        <translation>Revoke the approval of the computer “%1” (fingerprint %2)?</translation>
    </message>
    <message>
        <source>Users who may log in only from approved computers can no longer log in from it, and their sessions there end at their next request. You can approve it again later.</source>
        <translation>Users who may log in only from approved computers can no longer log in from it, and their sessions there end at their next request. You can approve it again later.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The approval of the computer “%1” has been revoked.</source>
        <translation>The approval of the computer “%1” has been revoked.</translation>
    </message>
    <message>
        <source>Delete computer</source>
        <translation>Delete computer</translation>
    </message>
    <message>
        <source>Delete the computer “%1” from the list?</source>
        <translation>Delete the computer “%1” from the list?</translation>
    </message>
    <message>
        <source>Its approval goes with it. If it logs in again, it is listed anew, waiting for approval.</source>
        <translation>Its approval goes with it. If it logs in again, it is listed anew, waiting for approval.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The computer “%1” has been deleted from the list.</source>
        <translation>The computer “%1” has been deleted from the list.</translation>
    </message>
    <message>
        <source>Someone else changed the computer “%1” meanwhile. The list now shows it as it is; check it and try again.</source>
        <translation>Someone else changed the computer “%1” meanwhile. The list now shows it as it is; check it and try again.</translation>
    </message>
    <message>
        <source>Could not change the computer “%1”: %2</source>
        <translation>Could not change the computer “%1”: %2</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::RecordsPage</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::RoleChecklist</name>
    <message>
        <source>The primary role, chosen above.</source>
        <translation>The primary role, chosen above.</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::RoleEditorDialog</name>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Role – %1</source>
        <translation>Role – %1</translation>
    </message>
    <message>
        <source>Edit role – %1</source>
        <translation>Edit role – %1</translation>
    </message>
    <message>
        <source>For example: Finance, Temporary staff, Shanghai branch</source>
        <translation>For example: Finance, Temporary staff, Shanghai branch</translation>
    </message>
    <message>
        <source>Who gets this role and why</source>
        <translation>Who gets this role and why</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Modules</translation>
    </message>
    <message>
        <source>Customer &amp;fields</source>
        <translation>Customer &amp;fields</translation>
    </message>
    <message>
        <source>&amp;Sign-in restrictions</source>
        <translation>&amp;Sign-in restrictions</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A built-in role keeps its name.</source>
        <translation>A built-in role keeps its name.</translation>
    </message>
    <message>
        <source>For each part of Cordial, choose how much the role may do, whose records it sees and which extra rights it adds. A person holding several roles gets everything any of them grants.</source>
        <translation>For each part of Cordial, choose how much the role may do, whose records it sees and which extra rights it adds. A person holding several roles gets everything any of them grants.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>Access level</translation>
    </message>
    <message>
        <source>How much the role may do in the module</source>
        <translation>How much the role may do in the module</translation>
    </message>
    <message>
        <source>Data scope</source>
        <translation>Data scope</translation>
    </message>
    <message>
        <source>Whose records the role sees</source>
        <translation>Whose records the role sees</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <extracomment>Tool tip of an extra right&apos;s check box: %1 the right, %2 the module.</extracomment>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>On the tab</source>
        <translation>On the tab</translation>
    </message>
    <message>
        <source>Allowed client &amp;addresses (one range per line):</source>
        <translation>Allowed client &amp;addresses (one range per line):</translation>
    </message>
    <message>
        <source>Ranges are written as an address and a prefix length, such as 192.168.1.0/24 for the office network. Leave the list empty to allow any address.</source>
        <translation>Ranges are written as an address and a prefix length, such as 192.168.1.0/24 for the office network. Leave the list empty to allow any address.</translation>
    </message>
    <message>
        <source>Sign in only from &amp;registered computers</source>
        <translation>Sign in only from &amp;registered computers</translation>
    </message>
    <message>
        <source>People with this role can then sign in only from computers an administrator has approved.</source>
        <translation>People with this role can then sign in only from computers an administrator has approved.</translation>
    </message>
    <message>
        <source>The customer fields could not be read, so their visibility cannot be changed here; the role keeps what it has. (%1)</source>
        <translation>The customer fields could not be read, so their visibility cannot be changed here; the role keeps what it has. (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible name of a field visibility button: %1 the field, %2 hidden / read-only / editable.
----------
A complaint about one module&apos;s grant: %1 the module, %2 what is wrong.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The Administrator role cannot be changed, so that someone can always manage access.</source>
        <translation>The Administrator role cannot be changed, so that someone can always manage access.</translation>
    </message>
    <message>
        <source>You may look at this role but not change it.</source>
        <translation>You may look at this role but not change it.</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Give the role a name.</translation>
    </message>
    <message>
        <source>Line %1, “%2”, is not an address range. Write it like 192.168.1.0/24 or 2001:db8::/32.</source>
        <translation>Line %1, “%2”, is not an address range. Write it like 192.168.1.0/24 or 2001:db8::/32.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Another role already has this name. Choose another name.</source>
        <translation>Another role already has this name. Choose another name.</translation>
    </message>
    <message>
        <source>A role name has 1 to 64 characters, and a built-in role keeps its name.</source>
        <translation>A role name has 1 to 64 characters, and a built-in role keeps its name.</translation>
    </message>
    <message>
        <source>The description may have at most 500 characters.</source>
        <translation>The description may have at most 500 characters.</translation>
    </message>
    <message>
        <source>An allowed address range is not valid.</source>
        <translation>An allowed address range is not valid.</translation>
    </message>
    <message>
        <source>This role would grant more than you hold yourself. You can give only access that you have: lower the levels, scopes or extra rights, or ask an administrator.</source>
        <translation>This role would grant more than you hold yourself. You can give only access that you have: lower the levels, scopes or extra rights, or ask an administrator.</translation>
    </message>
    <message>
        <source>The visibility of “%1” was not accepted.</source>
        <translation>The visibility of “%1” was not accepted.</translation>
    </message>
    <message>
        <source>this grant was not accepted.</source>
        <translation>this grant was not accepted.</translation>
    </message>
    <message>
        <source>This role cannot be changed.</source>
        <translation>This role cannot be changed.</translation>
    </message>
    <message>
        <source>You may not change this role: it grants more than you hold, or people outside your part of the company hold it. Ask an administrator.</source>
        <translation>You may not change this role: it grants more than you hold, or people outside your part of the company hold it. Ask an administrator.</translation>
    </message>
    <message>
        <source>Someone else changed this role meanwhile, and it could not be read again: %1</source>
        <translation>Someone else changed this role meanwhile, and it could not be read again: %1</translation>
    </message>
    <message>
        <source>Someone else changed this role while you were editing it. The dialog now shows their version; make your changes again and save.</source>
        <translation>Someone else changed this role while you were editing it. The dialog now shows their version; make your changes again and save.</translation>
    </message>
    <message>
        <source>Someone else deleted this role while you were editing it.</source>
        <translation>Someone else deleted this role while you were editing it.</translation>
    </message>
    <message>
        <source>Which fields of customers and of their contacts people with this role see and change. A hidden field is left out of forms, lists, searches, exports, printouts and the history; a read-only one is shown but cannot be changed. When someone holds several roles, a field is restricted only as far as every one of them restricts it.</source>
        <translation>Which fields of customers and of their contacts people with this role see and change. A hidden field is left out of forms, lists, searches, exports, printouts and the history; a read-only one is shown but cannot be changed. When someone holds several roles, a field is restricted only as far as every one of them restricts it.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>Where a contact&apos;s field is, in the table of field visibility of a role.</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contact&apos;s %1</source>
        <translation>Contact&apos;s %1</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::RolesPage</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Holders</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>New role…</source>
        <translation>New role…</translation>
    </message>
    <message>
        <source>Filter by name or description…</source>
        <translation>Filter by name or description…</translation>
    </message>
    <message>
        <source>Roles</source>
        <extracomment>The suggested name of an exported list of roles.</extracomment>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation>Could not load the roles: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>What a role gives in the customers module: %1 the access level, %2 the data scope.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message>
        <source>The role has been created.</source>
        <translation>The role has been created.</translation>
    </message>
    <message>
        <source>The role has been saved.</source>
        <translation>The role has been saved.</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>Delete the role “%1”?</translation>
    </message>
    <message>
        <source>Only a role that no user, department or group holds can be deleted.</source>
        <translation>Only a role that no user, department or group holds can be deleted.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The role “%1” has been deleted.</source>
        <translation>The role “%1” has been deleted.</translation>
    </message>
    <message>
        <source>The role “%1” cannot be deleted: users, departments or groups still hold it. Take it away from them first.</source>
        <translation>The role “%1” cannot be deleted: users, departments or groups still hold it. Take it away from them first.</translation>
    </message>
    <message>
        <source>Could not delete the role “%1”: %2</source>
        <translation>Could not delete the role “%1”: %2</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::SessionsPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Filter by user, address or computer…</source>
        <translation>Filter by user, address or computer…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>The suggested name of an exported list of the sessions logged in.</extracomment>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Could not load the sessions: %1</source>
        <translation>Could not load the sessions: %1</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>No one in your departments is logged in.</source>
        <translation>No one in your departments is logged in.</translation>
    </message>
    <message>
        <source>%1 — this session</source>
        <translation>%1 — this session</translation>
    </message>
    <message>
        <source>This is your own session. Log out to end it.</source>
        <translation>This is your own session. Log out to end it.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>Revoke session</translation>
    </message>
    <message>
        <source>End the session of %1 on %2?</source>
        <translation>End the session of %1 on %2?</translation>
    </message>
    <message>
        <source>The client is logged out at once; what was not saved there is lost. The user can log in again unless you also disable the account or change their password.</source>
        <translation>The client is logged out at once; what was not saved there is lost. The user can log in again unless you also disable the account or change their password.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>The session of %1 has been ended.</source>
        <translation>The session of %1 has been ended.</translation>
    </message>
    <message>
        <source>Could not end the session of %1: %2</source>
        <translation>Could not end the session of %1: %2</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::AssignDialog</name>
    <message>
        <source>Assign customers</source>
        <translation>Assign customers</translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n selected customer(s) to:</source>
        <translation>
            <numerusform>Assign the %n selected customer to:</numerusform>
            <numerusform>Assign the %n selected customers to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>&amp;Replace the follower (several users take turns)</source>
        <translation>&amp;Replace the follower (several users take turns)</translation>
    </message>
    <message>
        <source>A&amp;dd as extra followers</source>
        <translation>A&amp;dd as extra followers</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notify</translation>
    </message>
    <message>
        <source>In the app &amp;only</source>
        <translation>In the app &amp;only</translation>
    </message>
    <message>
        <source>Also by &amp;e-mail</source>
        <translation>Also by &amp;e-mail</translation>
    </message>
    <message>
        <source>Also by &amp;SMS</source>
        <translation>Also by &amp;SMS</translation>
    </message>
    <message>
        <source>Whom:</source>
        <translation>Whom:</translation>
    </message>
    <message>
        <source>&amp;Previous follower</source>
        <translation>&amp;Previous follower</translation>
    </message>
    <message>
        <source>&amp;Creator</source>
        <translation>&amp;Creator</translation>
    </message>
    <message>
        <source>&amp;New followers</source>
        <translation>&amp;New followers</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose at least one user.</source>
        <translation>Choose at least one user.</translation>
    </message>
    <message>
        <source>A chosen user is disabled or not in your part of the company.</source>
        <translation>A chosen user is disabled or not in your part of the company.</translation>
    </message>
    <message>
        <source>Could not assign: %1</source>
        <translation>Could not assign: %1</translation>
    </message>
    <message numerus="yes">
        <source>E-mail queued for %n person(s).</source>
        <translation>
            <numerusform>E-mail queued for %n person.</numerusform>
            <numerusform>E-mail queued for %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SMS queued for %n person(s).</source>
        <translation>
            <numerusform>SMS queued for %n person.</numerusform>
            <numerusform>SMS queued for %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody was notified.</source>
        <translation>Nobody was notified.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) notified in the app.</source>
        <translation>
            <numerusform>%n person notified in the app.</numerusform>
            <numerusform>%n people notified in the app.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::BirthdayDialog</name>
    <message>
        <source>Upcoming birthdays</source>
        <translation>Upcoming birthdays</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of your customers have a birthday in the next days. A call or a message is a good reason to get in touch.</source>
        <translation>
            <numerusform>%n contact of your customers has a birthday in the next days. A call or a message is a good reason to get in touch.</numerusform>
            <numerusform>%n contacts of your customers have a birthday in the next days. A call or a message is a good reason to get in touch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>M/d (ddd)</source>
        <translation>M/d (ddd)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::BulkEditDialog</name>
    <message>
        <source>Bulk edit customers</source>
        <translation>Bulk edit customers</translation>
    </message>
    <message numerus="yes">
        <source>Set one field to the same value on the %n selected customer(s).</source>
        <translation>
            <numerusform>Set one field to the same value on the %n selected customer.</numerusform>
            <numerusform>Set one field to the same value on the %n selected customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>Leave the value empty to clear the field.</source>
        <translation>Leave the value empty to clear the field.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Could not change the customers: %1</source>
        <translation>Could not change the customers: %1</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Clear the field</translation>
    </message>
    <message numerus="yes">
        <source>Clear &quot;%1&quot; on the %n selected customer(s)?</source>
        <translation>
            <numerusform>Clear &quot;%1&quot; on the selected customer?</numerusform>
            <numerusform>Clear &quot;%1&quot; on the %n selected customers?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Contact – %1</source>
        <translation>Contact – %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Someone else changed this contact meanwhile. Close this window, and open the contact again to see their version.</source>
        <translation>Someone else changed this contact meanwhile. Close this window, and open the contact again to see their version.</translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation>Could not save the contact: %1</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomFieldDialog</name>
    <message>
        <source>New custom field</source>
        <translation>New custom field</translation>
    </message>
    <message>
        <source>Custom field – %1</source>
        <translation>Custom field – %1</translation>
    </message>
    <message>
        <source>As it appears on the form, e.g. WeChat ID</source>
        <translation>As it appears on the form, e.g. WeChat ID</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The kind of a field cannot change once customers may hold values in it.</source>
        <translation>The kind of a field cannot change once customers may hold values in it.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>On the &amp;tab:</source>
        <translation>On the &amp;tab:</translation>
    </message>
    <message>
        <source>C&amp;hoices:</source>
        <translation>C&amp;hoices:</translation>
    </message>
    <message>
        <source>&amp;Add choice</source>
        <translation>&amp;Add choice</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Only choices added now can be removed; rename existing ones instead, because customers may hold them.</source>
        <translation>Only choices added now can be removed; rename existing ones instead, because customers may hold them.</translation>
    </message>
    <message>
        <source>Re&amp;quired for new customers</source>
        <translation>Re&amp;quired for new customers</translation>
    </message>
    <message>
        <source>Offer as a &amp;column and filter of the customer list</source>
        <translation>Offer as a &amp;column and filter of the customer list</translation>
    </message>
    <message>
        <source>Custom fields appear on the customer form, in the column chooser, in import and export and in bulk edit. They are not searched by the search box.</source>
        <translation>Custom fields appear on the customer form, in the column chooser, in import and export and in bulk edit. They are not searched by the search box.</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>New choice</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>Give the field a name.</translation>
    </message>
    <message>
        <source>Add at least one choice.</source>
        <translation>Add at least one choice.</translation>
    </message>
    <message>
        <source>Another field already has this name. Choose a name that tells them apart.</source>
        <translation>Another field already has this name. Choose a name that tells them apart.</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomFieldsPage</name>
    <message>
        <source>Text (one line)</source>
        <translation>Text (one line)</translation>
    </message>
    <message>
        <source>Text (several lines)</source>
        <translation>Text (several lines)</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>Amount of money</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation>One choice from a list</translation>
    </message>
    <message>
        <source>Several choices from a list</source>
        <translation>Several choices from a list</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financial</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>&amp;New field…</source>
        <translation>&amp;New field…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Fields your company needs beyond the built-in customer file. A retired field disappears from forms, lists and exports; its values are kept and come back when it is restored.</source>
        <translation>Fields your company needs beyond the built-in customer file. A retired field disappears from forms, lists and exports; its values are kept and come back when it is restored.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>In the list</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Could not load the custom fields: %1</source>
        <translation>Could not load the custom fields: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>No custom fields yet. Add one with New field…</source>
        <translation>No custom fields yet. Add one with New field…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>“%1” is retired.</source>
        <translation>“%1” is retired.</translation>
    </message>
    <message>
        <source>“%1” is in use again.</source>
        <translation>“%1” is in use again.</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomerDialog</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Moved to the recycle bin</source>
        <translation>Moved to the recycle bin</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Contact added</translation>
    </message>
    <message>
        <source>Contact edited</source>
        <translation>Contact edited</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>Contact removed</translation>
    </message>
    <message>
        <source> (primary)</source>
        <extracomment>Marks the primary contact in a list of contacts.</extracomment>
        <translation> (primary)</translation>
    </message>
    <message>
        <source>&amp;Basic</source>
        <translation>&amp;Basic</translation>
    </message>
    <message>
        <source>Com&amp;pany profile</source>
        <translation>Com&amp;pany profile</translation>
    </message>
    <message>
        <source>&amp;Financial</source>
        <translation>&amp;Financial</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Current s&amp;tatus</source>
        <translation>Current s&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Management</source>
        <translation>&amp;Management</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and c&amp;lose</source>
        <translation>Save and c&amp;lose</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Add contact…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Edit contact…</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>&amp;Remove contact</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>Could not load the history: %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the names of the changed fields in the history list.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Could not load the customer: %1</source>
        <translation>Could not load the customer: %1</translation>
    </message>
    <message>
        <source>Customer – %1</source>
        <translation>Customer – %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>Contact “%1”: %2</source>
        <extracomment>A changed field of a contact in the history: %1 the contact&apos;s name, %2 the field.</extracomment>
        <translation>Contact “%1”: %2</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Someone else changed this customer; loading their version…</source>
        <translation>Someone else changed this customer; loading their version…</translation>
    </message>
    <message>
        <source>Could not load the current version: %1</source>
        <translation>Could not load the current version: %1</translation>
    </message>
    <message>
        <source>The customer was changed by someone else</source>
        <translation>The customer was changed by someone else</translation>
    </message>
    <message>
        <source>While you were editing, %1 saved a newer version of “%2”. These fields differ between your version and theirs:</source>
        <translation>While you were editing, %1 saved a newer version of “%2”. These fields differ between your version and theirs:</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Keep theirs</translation>
    </message>
    <message>
        <source>Discard your changes and show the saved version</source>
        <translation>Discard your changes and show the saved version</translation>
    </message>
    <message>
        <source>&amp;Reapply mine and save</source>
        <translation>&amp;Reapply mine and save</translation>
    </message>
    <message>
        <source>Start from the saved version, put your changes back and save them</source>
        <translation>Start from the saved version, put your changes back and save them</translation>
    </message>
    <message>
        <source>Showing the saved version; your changes were discarded.</source>
        <translation>Showing the saved version; your changes were discarded.</translation>
    </message>
    <message>
        <source>Possible duplicate customers</source>
        <translation>Possible duplicate customers</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with the same name, telephone, mobile or e-mail already exist. Talk to their follower before you create another record.</source>
        <translation>
            <numerusform>%n customer with the same name, telephone, mobile or e-mail already exists. Talk to their follower before you create another record.</numerusform>
            <numerusform>%n customers with the same name, telephone, mobile or e-mail already exist. Talk to their follower before you create another record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>telephone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>a contact</translation>
    </message>
    <message>
        <source>(a customer you cannot see)</source>
        <translation>(a customer you cannot see)</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>Create &amp;anyway</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Remove the contact “%1” from this customer?</source>
        <translation>Remove the contact “%1” from this customer?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Could not remove the contact: %1</source>
        <translation>Could not remove the contact: %1</translation>
    </message>
    <message>
        <source>You have changed this customer. Save the changes before closing?</source>
        <translation>You have changed this customer. Save the changes before closing?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Follower: %1</source>
        <translation>Follower: %1</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Last changed %1</translation>
    </message>
    <message>
        <source>  ·  </source>
        <extracomment>Separates the facts under the customer&apos;s name in the form&apos;s heading.</extracomment>
        <translation>  ·  </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print this customer (Ctrl+P)</source>
        <translation>Print this customer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print customer</source>
        <translation>Print customer</translation>
    </message>
    <message>
        <source>Readers and editors changed</source>
        <translation>Readers and editors changed</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Readers</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Editors</translation>
    </message>
    <message>
        <source>Who may see and edit</source>
        <translation>Who may see and edit</translation>
    </message>
    <message>
        <source>Who may see and &amp;edit…</source>
        <translation>Who may see and &amp;edit…</translation>
    </message>
    <message>
        <source>Restrict this customer to named people, or let people outside your department see or change it</source>
        <translation>Restrict this customer to named people, or let people outside your department see or change it</translation>
    </message>
    <message>
        <source>Save the customer first; then you can choose who may see and edit it.</source>
        <translation>Save the customer first; then you can choose who may see and edit it.</translation>
    </message>
    <message>
        <source>Could not read who may see this customer: %1</source>
        <translation>Could not read who may see this customer: %1</translation>
    </message>
    <message>
        <source>Earlier version restored</source>
        <translation>Earlier version restored</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>Taken back</translation>
    </message>
    <message>
        <source>Edited with others</source>
        <translation>Edited with others</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Handed over to a successor</source>
        <translation>Handed over to a successor</translation>
    </message>
    <message>
        <source>Every version of this customer and its contacts, newest first. Select one to see what changed; “Restore this version” puts the customer back as that change left it.</source>
        <translation>Every version of this customer and its contacts, newest first. Select one to see what changed; “Restore this version” puts the customer back as that change left it.</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restore this version…</translation>
    </message>
    <message>
        <source>Show &amp;older versions</source>
        <translation>Show &amp;older versions</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Your role may not change this customer.</source>
        <translation>Your role may not change this customer.</translation>
    </message>
    <message>
        <source>This change erased the customer; it holds no version to restore.</source>
        <translation>This change erased the customer; it holds no version to restore.</translation>
    </message>
    <message>
        <source>This is the customer as it is now.</source>
        <translation>This is the customer as it is now.</translation>
    </message>
    <message>
        <source>Put the customer back as the selected change left it</source>
        <translation>Put the customer back as the selected change left it</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Put “%1” back as %2 left it on %3?</source>
        <translation>Put “%1” back as %2 left it on %3?</translation>
    </message>
    <message>
        <source>The fields you may change and the contacts return to that version; the follower stays. The restore is itself recorded in the history, so it can be undone the same way.</source>
        <translation>The fields you may change and the contacts return to that version; the follower stays. The restore is itself recorded in the history, so it can be undone the same way.</translation>
    </message>
    <message>
        <source>The customer also comes back out of the recycle bin.</source>
        <translation>The customer also comes back out of the recycle bin.</translation>
    </message>
    <message>
        <source>Your unsaved changes in this form will be discarded.</source>
        <translation>Your unsaved changes in this form will be discarded.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>The version was restored.</source>
        <translation>The version was restored.</translation>
    </message>
    <message>
        <source>Nothing to restore: the customer already is as that version left it.</source>
        <translation>Nothing to restore: the customer already is as that version left it.</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. The form now shows their version; look at the history again and restore once more if needed.</source>
        <translation>Someone else changed this customer meanwhile. The form now shows their version; look at the history again and restore once more if needed.</translation>
    </message>
    <message>
        <source>Could not restore this version: %1</source>
        <translation>Could not restore this version: %1</translation>
    </message>
    <message>
        <source>This customer is in the recycle bin. To bring it back, restore it from the recycle bin or put back a version from the History tab.</source>
        <translation>This customer is in the recycle bin. To bring it back, restore it from the recycle bin or put back a version from the History tab.</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <source>Could not print the customer: %1</source>
        <translation>Could not print the customer: %1</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Search name, pinyin initials, phone, contact… (Ctrl+F)</source>
        <translation>Search name, pinyin initials, phone, contact… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Move the selected customers to the recycle bin (Del)</source>
        <translation>Move the selected customers to the recycle bin (Del)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Bring the selected customers back from the recycle bin</source>
        <translation>Bring the selected customers back from the recycle bin</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;ilter</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columns…</translation>
    </message>
    <message>
        <source>Recycle &amp;bin</source>
        <translation>Recycle &amp;bin</translation>
    </message>
    <message>
        <source>Show the customers in the recycle bin</source>
        <translation>Show the customers in the recycle bin</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Could not load the customers: %1</source>
        <translation>Could not load the customers: %1</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Created &amp;from</source>
        <translation>Created &amp;from</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Follo&amp;wer:</source>
        <translation>Follo&amp;wer:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Default columns</translation>
    </message>
    <message>
        <source>The list cannot be sorted by “%1”.</source>
        <translation>The list cannot be sorted by “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>F&amp;ilter (%Ln)</source>
        <translation>
            <numerusform>F&amp;ilter (%Ln)</numerusform>
            <numerusform>F&amp;ilter (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in the recycle bin</source>
        <translation>
            <numerusform>%Ln customer in the recycle bin</numerusform>
            <numerusform>%Ln customers in the recycle bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln customer(s) found; type more to narrow the search</source>
        <translation>
            <numerusform>The first %Ln customer found; type more to narrow the search</numerusform>
            <numerusform>The first %Ln customers found; type more to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>%Ln customer found</numerusform>
            <numerusform>%Ln customers found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in total</source>
        <translation>
            <numerusform>%Ln customer in total</numerusform>
            <numerusform>%Ln customers in total</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer “%1” created.</source>
        <translation>Customer “%1” created.</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Delete customers</translation>
    </message>
    <message>
        <source>Move the customer “%1” to the recycle bin?</source>
        <translation>Move the customer “%1” to the recycle bin?</translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln selected customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>Move the %Ln selected customer to the recycle bin?</numerusform>
            <numerusform>Move the %Ln selected customers to the recycle bin?</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers in the recycle bin can be restored later.</source>
        <translation>Customers in the recycle bin can be restored later.</translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation>Move to recycle bin</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Could not delete: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) moved to the recycle bin.</source>
        <translation>
            <numerusform>%Ln customer moved to the recycle bin.</numerusform>
            <numerusform>%Ln customers moved to the recycle bin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) were skipped: already deleted or not yours.</source>
        <translation>
            <numerusform>%Ln customer was skipped: already deleted or not yours.</numerusform>
            <numerusform>%Ln customers were skipped: already deleted or not yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) restored.</source>
        <translation>
            <numerusform>%Ln customer restored.</numerusform>
            <numerusform>%Ln customers restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) restored; could not restore the others: %1</source>
        <translation>
            <numerusform>%Ln customer restored; could not restore the others: %1</numerusform>
            <numerusform>%Ln customers restored; could not restore the others: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <source>Give the selected customers to other users</source>
        <translation>Give the selected customers to other users</translation>
    </message>
    <message>
        <source>Bul&amp;k edit…</source>
        <translation>Bul&amp;k edit…</translation>
    </message>
    <message>
        <source>Set one field to the same value on the selected customers</source>
        <translation>Set one field to the same value on the selected customers</translation>
    </message>
    <message>
        <source>Customers assigned: %1; skipped: %2.</source>
        <translation>Customers assigned: %1; skipped: %2.</translation>
    </message>
    <message>
        <source>Customers updated: %1; skipped: %2.</source>
        <translation>Customers updated: %1; skipped: %2.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Add or update customers from a CSV or Excel file</source>
        <translation>Add or update customers from a CSV or Excel file</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Write the selected customers, or those the list shows, to a CSV or Excel file</source>
        <translation>Write the selected customers, or those the list shows, to a CSV or Excel file</translation>
    </message>
    <message>
        <source>Import complete: %1 created, %2 updated, %3 skipped.</source>
        <translation>Import complete: %1 created, %2 updated, %3 skipped.</translation>
    </message>
    <message>
        <source>The import may still complete on the server. Refresh the list in a while.</source>
        <translation>The import may still complete on the server. Refresh the list in a while.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported to “%1”.</source>
        <translation>
            <numerusform>%Ln customer exported to “%1”.</numerusform>
            <numerusform>%Ln customers exported to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Your role does not allow copying customer data.</source>
        <translation>Your role does not allow copying customer data.</translation>
    </message>
    <message>
        <source>Copy the selected customers&apos; shown columns (Ctrl+C)</source>
        <translation>Copy the selected customers&apos; shown columns (Ctrl+C)</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln customer(s) found within the filters; type more to narrow the search</source>
        <translation>
            <numerusform>The first %Ln customer found within the filters; type more to narrow the search</numerusform>
            <numerusform>The first %Ln customers found within the filters; type more to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found within the filters</source>
        <translation>
            <numerusform>%Ln customer found within the filters</numerusform>
            <numerusform>%Ln customers found within the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the selected customers: %1 of %Ln…</source>
        <translation>
            <numerusform>Reading the selected customers: %1 of %Ln…</numerusform>
            <numerusform>Reading the selected customers: %1 of %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be copied at once. Nothing was copied: select fewer, or use Export to write them all to a file.</source>
        <translation>
            <numerusform>%Ln customer is selected; at most %1 can be copied at once. Nothing was copied: select fewer, or use Export to write them all to a file.</numerusform>
            <numerusform>%Ln customers are selected; at most %1 can be copied at once. Nothing was copied: select fewer, or use Export to write them all to a file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done: the selected customers could not be read (%1).</source>
        <translation>Nothing was done: the selected customers could not be read (%1).</translation>
    </message>
    <message>
        <source>The list was loaded again before the selected customers were read. Nothing was done: select them again.</source>
        <translation>The list was loaded again before the selected customers were read. Nothing was done: select them again.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %Ln selected customer(s)</source>
        <translation>
            <numerusform>Reading the %Ln selected customer</numerusform>
            <numerusform>Reading the %Ln selected customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be moved to the recycle bin at once. Nothing was deleted: select fewer, or narrow the list with the filters.</source>
        <translation>
            <numerusform>%Ln customer is selected; at most %1 can be moved to the recycle bin at once. Nothing was deleted: select fewer, or narrow the list with the filters.</numerusform>
            <numerusform>%Ln customers are selected; at most %1 can be moved to the recycle bin at once. Nothing was deleted: select fewer, or narrow the list with the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be restored at once. Nothing was restored: select fewer.</source>
        <translation>
            <numerusform>%Ln customer is selected; at most %1 can be restored at once. Nothing was restored: select fewer.</numerusform>
            <numerusform>%Ln customers are selected; at most %1 can be restored at once. Nothing was restored: select fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be assigned at once. Nothing was assigned: select fewer, or narrow the list with the filters.</source>
        <translation>
            <numerusform>%Ln customer is selected; at most %1 can be assigned at once. Nothing was assigned: select fewer, or narrow the list with the filters.</numerusform>
            <numerusform>%Ln customers are selected; at most %1 can be assigned at once. Nothing was assigned: select fewer, or narrow the list with the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be edited at once. Nothing was changed: select fewer, or narrow the list with the filters.</source>
        <translation>
            <numerusform>%Ln customer is selected; at most %1 can be edited at once. Nothing was changed: select fewer, or narrow the list with the filters.</numerusform>
            <numerusform>%Ln customers are selected; at most %1 can be edited at once. Nothing was changed: select fewer, or narrow the list with the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be exported as a selection. Export all customers in the list instead, or select fewer.</source>
        <translation>
            <numerusform>%Ln customer is selected; at most %1 can be exported as a selection. Export all customers in the list instead, or select fewer.</numerusform>
            <numerusform>%Ln customers are selected; at most %1 can be exported as a selection. Export all customers in the list instead, or select fewer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;CSV (UTF-8, opens in Excel and WPS)</source>
        <translation>&amp;CSV (UTF-8, opens in Excel and WPS)</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (XLSX)</source>
        <translation>E&amp;xcel workbook (XLSX)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected customer(s)</source>
        <translation>
            <numerusform>The %n &amp;selected customer</numerusform>
            <numerusform>The %n &amp;selected customers</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;selected customers (none is selected in the list)</source>
        <translation>The &amp;selected customers (none is selected in the list)</translation>
    </message>
    <message>
        <source>&amp;All customers in the list</source>
        <translation>&amp;All customers in the list</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All customers that match the list&apos;s %n filter(s)</source>
        <translation>
            <numerusform>&amp;All customers that match the list&apos;s %n filter</numerusform>
            <numerusform>&amp;All customers that match the list&apos;s %n filters</numerusform>
        </translation>
    </message>
    <message>
        <source>The search “%1” is not applied to an export of the list: select the customers found to export just those.</source>
        <translation>The search “%1” is not applied to an export of the list: select the customers found to export just those.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>A&amp;ll</translation>
    </message>
    <message>
        <source>As in the &amp;list</source>
        <translation>As in the &amp;list</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>customers</source>
        <extracomment>The name proposed for an exported file, followed by the date and the extension.</extracomment>
        <translation>customers</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <source>Choose the file to write, with its full path.</source>
        <translation>Choose the file to write, with its full path.</translation>
    </message>
    <message>
        <source>The server is preparing the file…</source>
        <translation>The server is preparing the file…</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Fetching the file: %1 of %2…</source>
        <translation>Fetching the file: %1 of %2…</translation>
    </message>
    <message>
        <source>Could not fetch the file: %1</source>
        <translation>Could not fetch the file: %1</translation>
    </message>
    <message>
        <source>The &amp;selected customers (too many for one export)</source>
        <translation>The &amp;selected customers (too many for one export)</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::FieldForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A date such as 2026-03-05; 2026/3/5 and 20260305 are understood too</source>
        <translation>A date such as 2026-03-05; 2026/3/5 and 20260305 are understood too</translation>
    </message>
    <message>
        <source>11 digits, e.g. 138 0013 8000</source>
        <translation>11 digits, e.g. 138 0013 8000</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s label in a form; %1 is the field&apos;s name.</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2026-03-05.</source>
        <translation>Enter a date as YYYY-MM-DD, for example 2026-03-05.</translation>
    </message>
    <message>
        <source>You may not change this field.</source>
        <translation>You may not change this field.</translation>
    </message>
    <message>
        <source>The selected person is not in your part of the company.</source>
        <translation>The selected person is not in your part of the company.</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long: at most %n character(s).</source>
        <translation>
            <numerusform>This text is too long: at most %n character.</numerusform>
            <numerusform>This text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a mobile number: enter 11 digits starting with 1, for example 138 0013 8000.</source>
        <translation>Not a mobile number: enter 11 digits starting with 1, for example 138 0013 8000.</translation>
    </message>
    <message>
        <source>Not an e-mail address: enter it as name@example.com.</source>
        <translation>Not an e-mail address: enter it as name@example.com.</translation>
    </message>
    <message>
        <source>Not a telephone number: use digits, spaces, + - ( ) and an extension.</source>
        <translation>Not a telephone number: use digits, spaces, + - ( ) and an extension.</translation>
    </message>
    <message>
        <source>Not a web address: enter it as www.example.com.</source>
        <translation>Not a web address: enter it as www.example.com.</translation>
    </message>
    <message>
        <source>Enter an amount with at most two decimal places.</source>
        <translation>Enter an amount with at most two decimal places.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Choose one of the values in the list.</translation>
    </message>
    <message>
        <source>Choose a date (F4)</source>
        <translation>Choose a date (F4)</translation>
    </message>
    <message>
        <source>Your role lets you see this field but not change it.</source>
        <translation>Your role lets you see this field but not change it.</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file with one customer per row. The template lists every column the import understands.</source>
        <translation>A CSV or Excel (XLSX) file with one customer per row. The template lists every column the import understands.</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Path of a .csv or .xlsx file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;headers</source>
        <translation>The first row holds the column &amp;headers</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Start from the template to get the columns right: an Excel file with a header row and a sheet that explains each column.</source>
        <translation>Start from the template to get the columns right: an Excel file with a header row and a sheet that explains each column.</translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation>&amp;Save template…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Choose for each column of the file the field it fills. Columns are matched by their headers; correct what was matched wrongly and leave out what is not needed.</source>
        <translation>Choose for each column of the file the field it fills. Columns are matched by their headers; correct what was matched wrongly and leave out what is not needed.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. This is what the import would do.</source>
        <translation>Nothing has been imported yet. This is what the import would do.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Errors:</translation>
    </message>
    <message>
        <source>Possible duplicates:</source>
        <translation>Possible duplicates:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Rows that look like an existing customer</source>
        <translation>Rows that look like an existing customer</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Skip them</translation>
    </message>
    <message>
        <source>&amp;Update the existing customer</source>
        <translation>&amp;Update the existing customer</translation>
    </message>
    <message>
        <source>Fills in the row&apos;s values; empty cells leave the customer&apos;s values alone.</source>
        <translation>Fills in the row&apos;s values; empty cells leave the customer&apos;s values alone.</translation>
    </message>
    <message>
        <source>&amp;Create them anyway</source>
        <translation>&amp;Create them anyway</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The server imports every row or none of them.</source>
        <translation>The server imports every row or none of them.</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>Stop &amp;waiting</translation>
    </message>
    <message>
        <source>The server cannot be stopped once the import has begun; this only stops the wait for its result.</source>
        <translation>The server cannot be stopped once the import has begun; this only stops the wait for its result.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>customer-import-template</source>
        <translation>customer-import-template</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Fetching the template…</source>
        <translation>Fetching the template…</translation>
    </message>
    <message>
        <source>Could not fetch the template: %1</source>
        <translation>Could not fetch the template: %1</translation>
    </message>
    <message>
        <source>The template was saved as “%1”.</source>
        <translation>The template was saved as “%1”.</translation>
    </message>
    <message>
        <source>Sending “%1” to the server…</source>
        <translation>Sending “%1” to the server…</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts (200 MB at most).</source>
        <translation>The file is larger than the server accepts (200 MB at most).</translation>
    </message>
    <message>
        <source>Could not send the file: %1</source>
        <translation>Could not send the file: %1</translation>
    </message>
    <message>
        <source>Go back to choose another file or to try again.</source>
        <translation>Go back to choose another file or to try again.</translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation>Reading the columns…</translation>
    </message>
    <message>
        <source>The server could not read the file. Is it a CSV or XLSX file?</source>
        <translation>The server could not read the file. Is it a CSV or XLSX file?</translation>
    </message>
    <message>
        <source>Could not read the columns: %1</source>
        <translation>Could not read the columns: %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the sample values of a column of the file being imported.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n column(s);</source>
        <translation>
            <numerusform>The file has %n column;</numerusform>
            <numerusform>The file has %n columns;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them matched a field by its header.</source>
        <translation>
            <numerusform>%n of them matched a field by its header.</numerusform>
            <numerusform>%n of them matched a field by its header.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds “%1”: every customer needs one.</source>
        <translation>Choose the column that holds “%1”: every customer needs one.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <extracomment>An import column that fills a field of the customer&apos;s primary contact.</extracomment>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Checking every row of the file…</translation>
    </message>
    <message>
        <source>Could not check the file: %1</source>
        <translation>Could not check the file: %1</translation>
    </message>
    <message>
        <source>Cells with errors are marked in red; point at one to read what is wrong. The first, in row %1: %2</source>
        <translation>Cells with errors are marked in red; point at one to read what is wrong. The first, in row %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n row can be imported.</numerusform>
            <numerusform>%n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported while the file has errors (%n found). Correct them in the file and choose it again, or go back and match the columns differently.</source>
        <translation>
            <numerusform>Nothing can be imported while the file has an error (%n found). Correct it in the file and choose the file again, or go back and match the columns differently.</numerusform>
            <numerusform>Nothing can be imported while the file has errors (%n found). Correct them in the file and choose it again, or go back and match the columns differently.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no customers to import.</source>
        <translation>The file holds no customers to import.</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Errors (%1)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>telephone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>a contact</translation>
    </message>
    <message>
        <source>row %1 of this file</source>
        <translation>row %1 of this file</translation>
    </message>
    <message>
        <source>“%1” (follower: %2)</source>
        <translation>“%1” (follower: %2)</translation>
    </message>
    <message>
        <source>a customer of %1</source>
        <translation>a customer of %1</translation>
    </message>
    <message>
        <source>%1 — same %2</source>
        <extracomment>A possible duplicate and what it shares with the row: “华为” (follower: 王五) — same name, mobile</extracomment>
        <translation>%1 — same %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplicates (%1)</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>Column %1 of the file</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation>Importing customers</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has errors. %1</source>
        <translation>Nothing was imported: the file has errors. %1</translation>
    </message>
    <message>
        <source>The server did not confirm the import (%1). If the connection was lost, the import may still have completed: refresh the customer list and check before you import the file again.</source>
        <translation>The server did not confirm the import (%1). If the connection was lost, the import may still have completed: refresh the customer list and check before you import the file again.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows processed…</source>
        <translation>%1 of %2 rows processed…</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>The import is complete.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created</source>
        <translation>
            <numerusform>%n customer created</numerusform>
            <numerusform>%n customers created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) updated</source>
        <translation>
            <numerusform>%n customer updated</numerusform>
            <numerusform>%n customers updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped as duplicates</source>
        <translation>
            <numerusform>%n row skipped as a duplicate</numerusform>
            <numerusform>%n rows skipped as duplicates</numerusform>
        </translation>
    </message>
    <message>
        <source>The client stopped waiting, but the server cannot stop an import once it has begun: it imports every row or none, and it may still finish. Refresh the customer list in a while to see whether the customers arrived before you import the file again.</source>
        <translation>The client stopped waiting, but the server cannot stop an import once it has begun: it imports every row or none, and it may still finish. Refresh the customer list in a while to see whether the customers arrived before you import the file again.</translation>
    </message>
    <message>
        <source>The file holds more rows than one import takes (%L1 customers at most). Split it into smaller files and import them one after another.</source>
        <translation>The file holds more rows than one import takes (%L1 customers at most). Split it into smaller files and import them one after another.</translation>
    </message>
    <message>
        <source>The file has rows below the last row a spreadsheet can have (row %L1). Remove the empty rows at its end and try again.</source>
        <translation>The file has rows below the last row a spreadsheet can have (row %L1). Remove the empty rows at its end and try again.</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::PrincipalPickerDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>A department stands for its members and those of every department below it.</source>
        <translation>A department stands for its members and those of every department below it.</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>&amp;Departments</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Your role may not list these.</source>
        <translation>Your role may not list these.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user, department or group to pick, followed by what tells it apart (login and department, member count).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Already on the list</translation>
    </message>
    <message>
        <source>Find a name, login or pinyin initials…</source>
        <translation>Find a name, login or pinyin initials…</translation>
    </message>
    <message>
        <source>No colleague matches.</source>
        <translation>No colleague matches.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n are shown: type more of the name to narrow them.</source>
        <translation>
            <numerusform>Only the first %n is shown: type more of the name to narrow it down.</numerusform>
            <numerusform>Only the first %n are shown: type more of the name to narrow them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::RecordAccessDialog</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Department, sub-departments included</source>
        <translation>Department, sub-departments included</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>User group</translation>
    </message>
    <message>
        <source>Who may see and edit “%1”</source>
        <translation>Who may see and edit “%1”</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Readers</translation>
    </message>
    <message>
        <source>When anyone is listed here, only they, the editors, the follower, the creator and administrators see this customer. Those listed see it even outside their data scope.</source>
        <translation>When anyone is listed here, only they, the editors, the follower, the creator and administrators see this customer. Those listed see it even outside their data scope.</translation>
    </message>
    <message>
        <source>Add &amp;reader…</source>
        <translation>Add &amp;reader…</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Editors</translation>
    </message>
    <message>
        <source>May see and change this customer even outside their data scope, when their role lets them create and edit their own customers.</source>
        <translation>May see and change this customer even outside their data scope, when their role lets them create and edit their own customers.</translation>
    </message>
    <message>
        <source>Add &amp;editor…</source>
        <translation>Add &amp;editor…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Stands for</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Take the selected ones off the list (Delete)</source>
        <translation>Take the selected ones off the list (Delete)</translation>
    </message>
    <message>
        <source>(deleted, number %1)</source>
        <extracomment>A department or group listed on a customer that has been deleted since.</extracomment>
        <translation>(deleted, number %1)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates names in a list of readers or editors.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Restricted: seen only by the people listed, its follower, its creator and administrators.</source>
        <translation>Restricted: seen only by the people listed, its follower, its creator and administrators.</translation>
    </message>
    <message>
        <source>Seen by everyone whose data scope holds it.</source>
        <translation>Seen by everyone whose data scope holds it.</translation>
    </message>
    <message>
        <source>Readers: %1</source>
        <translation>Readers: %1</translation>
    </message>
    <message>
        <source>Editors: %1</source>
        <translation>Editors: %1</translation>
    </message>
    <message>
        <source>Could not read who may see this customer: %1</source>
        <translation>Could not read who may see this customer: %1</translation>
    </message>
    <message>
        <source>You may see who else sees this customer but not change it: that is for its follower, its creator and the editors whose data scope holds it.</source>
        <translation>You may see who else sees this customer but not change it: that is for its follower, its creator and the editors whose data scope holds it.</translation>
    </message>
    <message>
        <source>Add readers</source>
        <translation>Add readers</translation>
    </message>
    <message>
        <source>Add editors</source>
        <translation>Add editors</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. The lists now show what was saved; make your change again.</source>
        <translation>Someone else changed this customer meanwhile. The lists now show what was saved; make your change again.</translation>
    </message>
    <message>
        <source>“%1” cannot be listed: %2</source>
        <translation>“%1” cannot be listed: %2</translation>
    </message>
    <message>
        <source>Could not save who may see this customer: %1</source>
        <translation>Could not save who may see this customer: %1</translation>
    </message>
</context>
<context>
    <name>cordial::client::notifications::NotificationButton</name>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Notifications: %n unread</numerusform>
            <numerusform>Notifications: %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation>Notifications: none unread</translation>
    </message>
</context>
<context>
    <name>cordial::client::notifications::NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>&amp;Mark all read</translation>
    </message>
    <message>
        <source>Could not update the notifications: %1</source>
        <translation>Could not update the notifications: %1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Double-click to open the customer.</source>
        <translation>Double-click to open the customer.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>You have no notifications.</source>
        <translation>You have no notifications.</translation>
    </message>
    <message>
        <source>All read.</source>
        <translation>All read.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
</TS>
