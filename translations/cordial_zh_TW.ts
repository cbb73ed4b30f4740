<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AdminText</name>
    <message>
        <source>系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总监</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>业务员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会话已结束，请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您没有执行此操作的权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该记录，它可能已被删除。请刷新后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入的内容无效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与现有数据冲突。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求过于频繁，请稍后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容过大。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器或网络出错，未保存任何更改。请稍后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客户端与服务器版本不匹配。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该登录名已被使用，请换一个。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这样改会使系统中没有可用的系统管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一上级部门下已有同名部门，请换一个名称。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选项目已不存在，可能已被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码不符合要求。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名只能包含字母、数字、点(.)、下划线(_)和连字符(-)，最长 64 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名不能为空，最长 100 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子邮件地址无效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号码只能包含数字、+、- 和空格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门名称不能为空，最长 100 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子邮件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级部门编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>跟隨系統</translation>
    </message>
</context>
<context>
    <name>ListTools</name>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordial::client::AdministrationPage</name>
    <message>
        <source>部门(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法确定您的权限，编辑功能已关闭：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审计日志(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordial::client::AppController</name>
    <message>
        <source>The certificate of %1 has changed since you first trusted it.
Trusted: %2
Presented now: %3
Ask your administrator whether the server&apos;s certificate was replaced.</source>
        <translation>伺服器 %1 的憑證與您首次信任時不同。
已信任的指紋：%2
現在出示的指紋：%3
請向管理員確認伺服器憑證是否已更換。</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>您已登出。</translation>
    </message>
    <message>
        <source>Your session was ended. Log in again to continue.</source>
        <translation>您的工作階段已結束。請重新登入以繼續。</translation>
    </message>
    <message>
        <source>Your account has been disabled by an administrator.</source>
        <translation>您的帳號已被管理員停用。</translation>
    </message>
    <message>
        <source>Your password was changed on another computer. Log in with the new password.</source>
        <translation>您的密碼已在另一台電腦上變更。請使用新密碼登入。</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Log in with the new password.</source>
        <translation>管理員已重設您的密碼。請使用新密碼登入。</translation>
    </message>
    <message>
        <source>Your session has expired. Log in again to continue.</source>
        <translation>您的工作階段已逾期。請重新登入以繼續。</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again to continue.</source>
        <translation>您的工作階段已結束。請重新登入以繼續。</translation>
    </message>
    <message>
        <source>Your session has ended (%1). Log in again to continue.</source>
        <translation>您的工作階段已結束（%1）。請重新登入以繼續。</translation>
    </message>
</context>
<context>
    <name>cordial::client::AuditViewer</name>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象(&amp;O)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>校验审计链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查审计日志是否被改动、删除或插入过记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一条记录以查看修改前后的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法加载审计日志：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录 #%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有记录修改内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在校验…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法校验：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ 审计链完整：已校验 %1 条记录，没有发现改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ 审计链在记录 #%1 处断开：该记录或其前后的记录被改动、删除或插入过。请通知系统管理员并保留数据库备份。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordial::client::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>目前密碼(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>確認新密碼(&amp;R)：</translation>
    </message>
    <message>
        <source>Your other sessions (on other computers) end when the password changes.</source>
        <translation>密碼變更後，您在其他電腦上的工作階段將全部結束。</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>變更密碼(&amp;C)</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>請輸入目前密碼。</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>請輸入新密碼。</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>兩次輸入的新密碼不一致，請重新輸入相同的密碼。</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>目前密碼不正確。</translation>
    </message>
    <message>
        <source>The server did not accept the new password: it must be long enough and differ from the current one. (%1)</source>
        <translation>伺服器未接受新密碼：新密碼必須夠長，且不能與目前密碼相同。（%1）</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again, then change the password.</source>
        <translation>您的工作階段已結束。請重新登入後再變更密碼。</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>密碼未變更：%1</translation>
    </message>
</context>
<context>
    <name>cordial::client::Connection</name>
    <message>
        <source>The connection was replaced by a new one.</source>
        <translation>此連線已被新連線取代。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted.</source>
        <translation>未信任伺服器的憑證。</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已中斷連線。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted.</source>
        <translation>伺服器的憑證未被接受。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed.</source>
        <translation>伺服器的憑證已變更。</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the server address.</source>
        <translation>找不到伺服器 %1。請檢查伺服器位址。</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the port and that the Cordial server is running.</source>
        <translation>伺服器 %1 拒絕了連線。請檢查連接埠，並確認 Cordial 伺服器正在執行。</translation>
    </message>
    <message>
        <source>The server %1 is unreachable. Check the network connection.</source>
        <translation>無法連上伺服器 %1。請檢查網路連線。</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Check the address and the network.</source>
        <translation>伺服器 %1 未及時回應。請檢查位址與網路。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2</source>
        <translation>與 %1 的安全連線（TLS）失敗：%2</translation>
    </message>
    <message>
        <source>The server %1 closed the connection during the secure handshake.</source>
        <translation>伺服器 %1 在安全交握期間關閉了連線。</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>無法連線到 %1。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>無法連線到 %1：%2</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>與伺服器的連線已中斷。</translation>
    </message>
    <message>
        <source>The server %1 speaks a different protocol version (%2). Install the client version that matches the server.</source>
        <translation>伺服器 %1 使用不同的協定版本（%2）。請安裝與伺服器相符的用戶端版本。</translation>
    </message>
    <message>
        <source>The server %1 refused the greeting: %2</source>
        <translation>伺服器 %1 拒絕了交握請求：%2</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>未連線到伺服器。</translation>
    </message>
    <message>
        <source>The server sent data the client does not understand.</source>
        <translation>伺服器傳送了用戶端無法辨識的資料。</translation>
    </message>
</context>
<context>
    <name>cordial::client::DepartmentNameDialog</name>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入部门名称。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordial::client::DepartmentsPage</name>
    <message>
        <source>新建下级部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重命名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移动到…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法加载部门列表：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”的下级部门名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新部门名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重命名部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”的新名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移动部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把“%1”移动到：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（顶级部门）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法移动部门“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要删除部门“%1”吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能删除没有用户和下级部门的部门。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除部门“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能删除部门“%1”：它还有用户或下级部门。请先把用户调到其他部门，并移走或删除下级部门。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法删除部门“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordial::client::LoginDialog</name>
    <message>
        <source>Log in to Cordial CRM</source>
        <translation>登入 Cordial CRM</translation>
    </message>
    <message>
        <source>Cordial CRM</source>
        <translation>Cordial CRM</translation>
    </message>
    <message>
        <source>Log in with the account your administrator created for you.</source>
        <translation>請使用管理員為您建立的帳號登入。</translation>
    </message>
    <message>
        <source>host or host:port, e.g. crm.example.com:7443</source>
        <translation>主機名稱或 主機名稱:連接埠，例如 crm.example.com:7443</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登入名稱(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>登入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you first trusted it, so nothing was sent.
Trusted: %2
Presented now: %3
This can mean someone is intercepting the connection. Ask your administrator whether the server&apos;s certificate was replaced.</source>
        <translation>伺服器 %1 的憑證與您首次信任時不同，因此沒有傳送任何資料。
已信任的指紋：%2
現在出示的指紋：%3
這可能表示有人在攔截連線。請向管理員確認伺服器憑證是否已更換。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <source>Enter the server as host or host:port, for example crm.example.com:7443.</source>
        <translation>請以「主機名稱」或「主機名稱:連接埠」的形式輸入伺服器，例如 crm.example.com:7443。</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>請輸入登入名稱。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Resuming your session…</source>
        <translation>正在恢復工作階段…</translation>
    </message>
    <message>
        <source>Your previous session has ended. Enter your password to log in again.</source>
        <translation>您上次的工作階段已結束。請輸入密碼重新登入。</translation>
    </message>
    <message>
        <source>Waiting for you to check the server&apos;s certificate…</source>
        <translation>請核對伺服器的憑證…</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so nothing was sent.</source>
        <translation>您未信任伺服器的憑證，因此沒有傳送任何資料。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The login or password is wrong, or the account is disabled. Check both (and Caps Lock) and try again.</source>
        <translation>登入名稱或密碼錯誤，或帳號已停用。請檢查兩者（以及大寫鎖定鍵）後重試。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes, then try again.</source>
        <translation>失敗次數過多。請等候幾分鐘後再試。</translation>
    </message>
    <message>
        <source>Enter both your login and your password.</source>
        <translation>請同時輸入登入名稱與密碼。</translation>
    </message>
    <message>
        <source>The server speaks a different protocol version. Install the client version that matches the server.</source>
        <translation>伺服器使用不同的協定版本。請安裝與伺服器相符的用戶端版本。</translation>
    </message>
    <message>
        <source>The server could not complete the login. Try again later or tell your administrator.</source>
        <translation>伺服器無法完成登入。請稍後重試或聯絡管理員。</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>伺服器拒絕了登入：%1</translation>
    </message>
</context>
<context>
    <name>cordial::client::MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>銷售</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知識庫</translation>
    </message>
    <message>
        <source>Mail / SMS / Fax</source>
        <translation>郵件 / 簡訊 / 傳真</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Cordial CRM</source>
        <translation>Cordial CRM</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系統管理</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>登出(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>語言(&amp;L)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>變更密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Cordial</source>
        <translation>關於 Cordial(&amp;A)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新連線…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密碼已變更。</translation>
    </message>
    <message>
        <source>About Cordial CRM</source>
        <translation>關於 Cordial CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cordial CRM %1&lt;/h3&gt;&lt;p&gt;Customer relationship management for the office staff of one company.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cordial CRM %1&lt;/h3&gt;&lt;p&gt;為企業辦公人員打造的客戶關係管理系統。&lt;/p&gt;&lt;p&gt;目前伺服器：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>未連線伺服器</translation>
    </message>
    <message>
        <source>The %1 module arrives in a later release of Cordial.</source>
        <translation>「%1」模組將在 Cordial 的後續版本中推出。</translation>
    </message>
</context>
<context>
    <name>cordial::client::MessageBanner</name>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%1（另有 %n 項）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cancelling…</source>
        <translation>%1 — 正在取消…</translation>
    </message>
</context>
<context>
    <name>cordial::client::ResetPasswordDialog</name>
    <message>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为“%1”（%2）设置新密码。该用户已登录的会话将被结束。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认密码(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入新密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordial::client::SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;User interface language:</source>
        <translation>介面語言(&amp;U)：</translation>
    </message>
    <message>
        <source>The new language is used the next time Cordial starts.</source>
        <translation>新的語言將在下次啟動 Cordial 時生效。</translation>
    </message>
</context>
<context>
    <name>cordial::client::TrustDialog</name>
    <message>
        <source>Trust this server?</source>
        <translation>信任此伺服器？</translation>
    </message>
    <message>
        <source>First connection to %1</source>
        <translation>首次連線到 %1</translation>
    </message>
    <message>
        <source>This computer has not connected to this server before. Compare the certificate fingerprint below with the one your administrator gives you (the command &quot;cordialctl fingerprint&quot; prints it on the server). Trust the server only if they are the same; Cordial will then refuse any other certificate for this address.</source>
        <translation>這台電腦以前沒有連線過此伺服器。請將下方的憑證指紋與管理員提供的指紋（在伺服器上執行「cordialctl fingerprint」即可查看）進行核對。僅在兩者完全一致時才信任此伺服器；此後 Cordial 將拒絕此位址出示的任何其他憑證。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指紋：</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>信任(&amp;T)</translation>
    </message>
</context>
<context>
    <name>cordial::client::UserEditorDialog</name>
    <message>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字母、数字、点、下划线或连字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子邮件(&amp;E)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认密码(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名创建后不能更改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（请选择部门）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入登录名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名只能包含字母、数字、点(.)、下划线(_)和连字符(-)。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入姓名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择部门。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子邮件地址格式不正确，例如 zhang.san@example.com。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号码只能包含数字、+、- 和空格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入初始密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cordial::client::UsersPage</name>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子邮件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索登录名或姓名…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示已停用(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法加载用户列表：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在加载…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已显示 %1 / 共 %2 个用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 个用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已创建用户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法启用用户“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法停用用户“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能停用自己，也不能停用最后一个可用的系统管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已启用用户“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用用户“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要停用用户“%1”吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用后该用户不能再登录，已登录的会话会立即结束。以后可以重新启用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已为“%1”重置密码。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
