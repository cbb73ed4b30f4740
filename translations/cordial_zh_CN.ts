<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminText</name>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>总监</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Role name: an ordinary employee who works with their own customers.</extracomment>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted. Refresh and try again.</source>
        <translation>找不到该记录，它可能已被删除。请刷新后重试。</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>输入的内容无效。</translation>
    </message>
    <message>
        <source>This conflicts with existing data.</source>
        <translation>与现有数据冲突。</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>请求过于频繁，请稍后再试。</translation>
    </message>
    <message>
        <source>The content is too large.</source>
        <translation>内容过大。</translation>
    </message>
    <message>
        <source>A server or network error occurred, and no changes were saved. Try again later.</source>
        <translation>服务器或网络出错，未保存任何更改。请稍后重试。</translation>
    </message>
    <message>
        <source>The client and server versions do not match.</source>
        <translation>客户端与服务器版本不匹配。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This login is already taken. Choose another one.</source>
        <translation>该登录名已被使用，请换一个。</translation>
    </message>
    <message>
        <source>This change would leave the system without an enabled administrator.</source>
        <translation>这样改会使系统中没有可用的系统管理员。</translation>
    </message>
    <message>
        <source>A department with the same name already exists under the same parent department. Choose another name.</source>
        <translation>同一上级部门下已有同名部门，请换一个名称。</translation>
    </message>
    <message>
        <source>The selected item no longer exists; it may have been deleted.</source>
        <translation>所选项目已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The password does not meet the requirements.</source>
        <translation>密码不符合要求。</translation>
    </message>
    <message>
        <source>A login may contain only letters, digits, dots (.), underscores (_) and hyphens (-), and at most 64 characters.</source>
        <translation>登录名只能包含字母、数字、点(.)、下划线(_)和连字符(-)，最长 64 个字符。</translation>
    </message>
    <message>
        <source>The name must not be empty and may have at most 100 characters.</source>
        <translation>姓名不能为空，最长 100 个字符。</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>电子邮件地址无效。</translation>
    </message>
    <message>
        <source>A mobile number may contain only digits, +, - and spaces.</source>
        <translation>手机号码只能包含数字、+、- 和空格。</translation>
    </message>
    <message>
        <source>The department name must not be empty and may have at most 100 characters.</source>
        <translation>部门名称不能为空，最长 100 个字符。</translation>
    </message>
</context>
<context>
    <name>DepartmentNameDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter a department name.</source>
        <translation>请输入部门名称。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>ListTools</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the file %1: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a new password for &quot;%1&quot; (%2). The sessions in which this user is logged in will be ended.</source>
        <translation>为“%1”（%2）设置新密码。该用户已登录的会话将被结束。</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>cordial::client::AdministrationPage</name>
    <message>
        <source>Departments (&amp;1)</source>
        <translation>部门(&amp;1)</translation>
    </message>
    <message>
        <source>Users (&amp;2)</source>
        <translation>用户(&amp;2)</translation>
    </message>
    <message>
        <source>Could not determine your permissions, so editing is turned off: %1</source>
        <translation>无法确定您的权限，编辑功能已关闭：%1</translation>
    </message>
    <message>
        <source>Audit log (&amp;3)</source>
        <translation>审计日志(&amp;3)</translation>
    </message>
</context>
<context>
    <name>cordial::client::AppController</name>
    <message>
        <source>The certificate of %1 has changed since you first trusted it.
Trusted: %2
Presented now: %3
Ask your administrator whether the server&apos;s certificate was replaced.</source>
        <translation>服务器 %1 的证书与您首次信任时不同。
已信任的指纹：%2
现在出示的指纹：%3
请向管理员确认服务器证书是否已更换。</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>Your session was ended. Log in again to continue.</source>
        <translation>您的会话已结束。请重新登录以继续。</translation>
    </message>
    <message>
        <source>Your account has been disabled by an administrator.</source>
        <translation>您的账户已被管理员停用。</translation>
    </message>
    <message>
        <source>Your password was changed on another computer. Log in with the new password.</source>
        <translation>您的密码已在另一台电脑上修改。请使用新密码登录。</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Log in with the new password.</source>
        <translation>管理员已重置您的密码。请使用新密码登录。</translation>
    </message>
    <message>
        <source>Your session has expired. Log in again to continue.</source>
        <translation>您的会话已过期。请重新登录以继续。</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again to continue.</source>
        <translation>您的会话已结束。请重新登录以继续。</translation>
    </message>
    <message>
        <source>Your session has ended (%1). Log in again to continue.</source>
        <translation>您的会话已结束（%1）。请重新登录以继续。</translation>
    </message>
</context>
<context>
    <name>cordial::client::AuditViewer</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Create department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>修改部门</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a person</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department ID</source>
        <translation>部门编号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a department</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Parent department ID</source>
        <translation>上级部门编号</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户编号</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header: the network address the action came from.</extracomment>
        <translation>地址</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: the kind of record the action concerns (session, user, department).</extracomment>
        <translation>对象</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>对象(&amp;O)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>The suggested name of the exported file.</extracomment>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Verify audit chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Check whether records of the audit log have been changed, deleted or inserted</source>
        <translation>检查审计日志是否被改动、删除或插入过记录</translation>
    </message>
    <message>
        <source>Select a record to see the values before and after the change.</source>
        <translation>选择一条记录以查看修改前后的内容。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>无法加载审计日志：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Record #%1 · %2 · %3 · %4</source>
        <translation>记录 #%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>no changes recorded</source>
        <translation>没有记录修改内容</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>无法校验：%1</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit chain is intact: %Ln record(s) checked, no tampering found.</source>
        <translation>
            <numerusform>✔ 审计链完整：已校验 %Ln 条记录，没有发现改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The audit chain is broken at record #%1: this record, or one next to it, has been changed, deleted or inserted. Tell your system administrator and keep the database backups.</source>
        <translation>✘ 审计链在记录 #%1 处断开：该记录或其前后的记录被改动、删除或插入过。请通知系统管理员并保留数据库备份。</translation>
    </message>
</context>
<context>
    <name>cordial::client::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Your other sessions (on other computers) end when the password changes.</source>
        <translation>密码修改后，您在其他电脑上的会话将全部结束。</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>两次输入的新密码不一致，请重新输入相同的密码。</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The server did not accept the new password: it must be long enough and differ from the current one. (%1)</source>
        <translation>服务器未接受新密码：新密码必须足够长，且不能与当前密码相同。（%1）</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again, then change the password.</source>
        <translation>您的会话已结束。请重新登录后再修改密码。</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>密码未修改：%1</translation>
    </message>
</context>
<context>
    <name>cordial::client::Connection</name>
    <message>
        <source>The connection was replaced by a new one.</source>
        <translation>该连接已被新连接取代。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted.</source>
        <translation>未信任服务器的证书。</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已断开连接。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted.</source>
        <translation>服务器的证书未被接受。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed.</source>
        <translation>服务器的证书已变更。</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the server address.</source>
        <translation>找不到服务器 %1。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the port and that the Cordial server is running.</source>
        <translation>服务器 %1 拒绝了连接。请检查端口，并确认 Cordial 服务器正在运行。</translation>
    </message>
    <message>
        <source>The server %1 is unreachable. Check the network connection.</source>
        <translation>无法访问服务器 %1。请检查网络连接。</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Check the address and the network.</source>
        <translation>服务器 %1 未及时响应。请检查地址和网络。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2</source>
        <translation>与 %1 的安全连接（TLS）失败：%2</translation>
    </message>
    <message>
        <source>The server %1 closed the connection during the secure handshake.</source>
        <translation>服务器 %1 在安全握手期间关闭了连接。</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>无法连接到 %1。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已中断。</translation>
    </message>
    <message>
        <source>The server %1 speaks a different protocol version (%2). Install the client version that matches the server.</source>
        <translation>服务器 %1 使用不同的协议版本（%2）。请安装与服务器匹配的客户端版本。</translation>
    </message>
    <message>
        <source>The server %1 refused the greeting: %2</source>
        <translation>服务器 %1 拒绝了握手请求：%2</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>The server sent data the client does not understand.</source>
        <translation>服务器发送了客户端无法识别的数据。</translation>
    </message>
</context>
<context>
    <name>cordial::client::DepartmentsPage</name>
    <message>
        <source>New sub-department</source>
        <translation>新建下级部门</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>Column header: how many users the department has.</extracomment>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Could not load the departments: %1</source>
        <translation>无法加载部门列表：%1</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Name of the new sub-department of &quot;%1&quot;:</source>
        <translation>“%1”的下级部门名称：</translation>
    </message>
    <message>
        <source>Name of the new department:</source>
        <translation>新部门名称：</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Move department</source>
        <translation>移动部门</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to:</source>
        <translation>把“%1”移动到：</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>（顶级部门）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not move the department &quot;%1&quot;: %2</source>
        <translation>无法移动部门“%1”：%2</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Delete the department &quot;%1&quot;?</source>
        <translation>确定要删除部门“%1”吗？</translation>
    </message>
    <message>
        <source>Only a department without users and sub-departments can be deleted.</source>
        <translation>只能删除没有用户和下级部门的部门。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; has been deleted.</source>
        <translation>已删除部门“%1”。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be deleted: it still has users or sub-departments. Move its users to other departments and move or delete its sub-departments first.</source>
        <translation>不能删除部门“%1”：它还有用户或下级部门。请先把用户调到其他部门，并移走或删除下级部门。</translation>
    </message>
    <message>
        <source>Could not delete the department &quot;%1&quot;: %2</source>
        <translation>无法删除部门“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cordial::client::LoginDialog</name>
    <message>
        <source>Log in to Cordial CRM</source>
        <translation>登录 Cordial CRM</translation>
    </message>
    <message>
        <source>Cordial CRM</source>
        <translation>Cordial CRM</translation>
    </message>
    <message>
        <source>Log in with the account your administrator created for you.</source>
        <translation>请使用管理员为您创建的账户登录。</translation>
    </message>
    <message>
        <source>host or host:port, e.g. crm.example.com:7443</source>
        <translation>主机名或 主机名:端口，例如 crm.example.com:7443</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you first trusted it, so nothing was sent.
Trusted: %2
Presented now: %3
This can mean someone is intercepting the connection. Ask your administrator whether the server&apos;s certificate was replaced.</source>
        <translation>服务器 %1 的证书与您首次信任时不同，因此没有发送任何数据。
已信任的指纹：%2
现在出示的指纹：%3
这可能意味着有人在截获连接。请向管理员确认服务器证书是否已更换。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Enter the server as host or host:port, for example crm.example.com:7443.</source>
        <translation>请以“主机名”或“主机名:端口”的形式输入服务器，例如 crm.example.com:7443。</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Resuming your session…</source>
        <translation>正在恢复会话…</translation>
    </message>
    <message>
        <source>Your previous session has ended. Enter your password to log in again.</source>
        <translation>您上次的会话已结束。请输入密码重新登录。</translation>
    </message>
    <message>
        <source>Waiting for you to check the server&apos;s certificate…</source>
        <translation>请核对服务器的证书…</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so nothing was sent.</source>
        <translation>您未信任服务器的证书，因此没有发送任何数据。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The login or password is wrong, or the account is disabled. Check both (and Caps Lock) and try again.</source>
        <translation>登录名或密码错误，或账户已停用。请检查两者（以及大写锁定键）后重试。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes, then try again.</source>
        <translation>失败次数过多。请等待几分钟后再试。</translation>
    </message>
    <message>
        <source>Enter both your login and your password.</source>
        <translation>请同时输入登录名和密码。</translation>
    </message>
    <message>
        <source>The server speaks a different protocol version. Install the client version that matches the server.</source>
        <translation>服务器使用不同的协议版本。请安装与服务器匹配的客户端版本。</translation>
    </message>
    <message>
        <source>The server could not complete the login. Try again later or tell your administrator.</source>
        <translation>服务器无法完成登录。请稍后重试或联系管理员。</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>服务器拒绝了登录：%1</translation>
    </message>
</context>
<context>
    <name>cordial::client::MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Mail / SMS / Fax</source>
        <translation>邮件 / 短信 / 传真</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Cordial CRM</source>
        <translation>Cordial CRM</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Cordial</source>
        <translation>关于 Cordial(&amp;A)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>About Cordial CRM</source>
        <translation>关于 Cordial CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cordial CRM %1&lt;/h3&gt;&lt;p&gt;Customer relationship management for the office staff of one company.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cordial CRM %1&lt;/h3&gt;&lt;p&gt;面向企业办公人员的客户关系管理系统。&lt;/p&gt;&lt;p&gt;当前服务器：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>未连接服务器</translation>
    </message>
    <message>
        <source>The %1 module arrives in a later release of Cordial.</source>
        <translation>“%1”模块将在 Cordial 的后续版本中推出。</translation>
    </message>
</context>
<context>
    <name>cordial::client::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>cordial::client::ProgressIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1（另有 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cancelling…</source>
        <translation>%1 — 正在取消…</translation>
    </message>
</context>
<context>
    <name>cordial::client::SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;User interface language:</source>
        <translation>界面语言(&amp;U)：</translation>
    </message>
    <message>
        <source>The new language is used the next time Cordial starts.</source>
        <translation>新的语言将在下次启动 Cordial 时生效。</translation>
    </message>
</context>
<context>
    <name>cordial::client::TrustDialog</name>
    <message>
        <source>Trust this server?</source>
        <translation>信任此服务器？</translation>
    </message>
    <message>
        <source>First connection to %1</source>
        <translation>首次连接到 %1</translation>
    </message>
    <message>
        <source>This computer has not connected to this server before. Compare the certificate fingerprint below with the one your administrator gives you (the command &quot;cordialctl fingerprint&quot; prints it on the server). Trust the server only if they are the same; Cordial will then refuse any other certificate for this address.</source>
        <translation>这台电脑以前没有连接过该服务器。请将下方的证书指纹与管理员提供的指纹（在服务器上运行“cordialctl fingerprint”可以查看）进行核对。仅在两者完全一致时才信任该服务器；此后 Cordial 将拒绝该地址出示的任何其他证书。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>信任(&amp;T)</translation>
    </message>
</context>
<context>
    <name>cordial::client::UserEditorDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>Letters, digits, dots, underscores or hyphens</source>
        <translation>字母、数字、点、下划线或连字符</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Job &amp;title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>The login cannot be changed once the user has been created.</source>
        <translation>登录名创建后不能更改。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(Choose a department)</source>
        <translation>（请选择部门）</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>A login may contain only letters, digits, dots (.), underscores (_) and hyphens (-).</source>
        <translation>登录名只能包含字母、数字、点(.)、下划线(_)和连字符(-)。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <source>The email address is not valid. It should look like zhang.san@example.com.</source>
        <translation>电子邮件地址格式不正确，例如 zhang.san@example.com。</translation>
    </message>
    <message>
        <source>A mobile number may contain only digits, +, - and spaces.</source>
        <translation>手机号码只能包含数字、+、- 和空格。</translation>
    </message>
    <message>
        <source>Enter an initial password.</source>
        <translation>请输入初始密码。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>cordial::client::UsersPage</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>The suggested name of the exported file.</extracomment>
        <translation>用户</translation>
    </message>
    <message>
        <source>Search by login or name…</source>
        <translation>搜索登录名或姓名…</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>S&amp;how disabled users</source>
        <translation>显示已停用(&amp;H)</translation>
    </message>
    <message>
        <source>Could not load the user list: %1</source>
        <translation>无法加载用户列表：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln user(s)</source>
        <translation>
            <numerusform>已显示 %1 / 共 %Ln 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>共 %Ln 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>The user has been created.</source>
        <translation>已创建用户。</translation>
    </message>
    <message>
        <source>Could not enable the user &quot;%1&quot;: %2</source>
        <translation>无法启用用户“%1”：%2</translation>
    </message>
    <message>
        <source>Could not disable the user &quot;%1&quot;: %2</source>
        <translation>无法停用用户“%1”：%2</translation>
    </message>
    <message>
        <source>You cannot disable yourself or the last enabled administrator.</source>
        <translation>不能停用自己，也不能停用最后一个可用的系统管理员。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been enabled.</source>
        <translation>已启用用户“%1”。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been disabled.</source>
        <translation>已停用用户“%1”。</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable the user &quot;%1&quot;?</source>
        <translation>确定要停用用户“%1”吗？</translation>
    </message>
    <message>
        <source>A disabled user can no longer log in, and their open sessions end at once. You can enable the user again later.</source>
        <translation>停用后该用户不能再登录，已登录的会话会立即结束。以后可以重新启用。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; has been reset.</source>
        <translation>已为“%1”重置密码。</translation>
    </message>
</context>
</TS>
