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
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Set a new password for &quot;%1&quot; (%2). The sessions in which this user is logged in will be ended.</source>
        <translation>Set a new password for &quot;%1&quot; (%2). The sessions in which this user is logged in will be ended.</translation>
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
        <source>Audit log (&amp;3)</source>
        <translation>Audit log (&amp;3)</translation>
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
        <source>Could not disable the user &quot;%1&quot;: %2</source>
        <translation>Could not disable the user &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>You cannot disable yourself or the last enabled administrator.</source>
        <translation>You cannot disable yourself or the last enabled administrator.</translation>
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
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Disable the user &quot;%1&quot;?</source>
        <translation>Disable the user &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>A disabled user can no longer log in, and their open sessions end at once. You can enable the user again later.</source>
        <translation>A disabled user can no longer log in, and their open sessions end at once. You can enable the user again later.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; has been reset.</source>
        <translation>The password of &quot;%1&quot; has been reset.</translation>
    </message>
</context>
</TS>
