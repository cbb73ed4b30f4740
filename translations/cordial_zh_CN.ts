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
    <message>
        <source>Everything, including access settings.</source>
        <translation>可执行全部操作，包括设置访问权限。</translation>
    </message>
    <message>
        <source>Reads and edits every record; reads the audit log.</source>
        <translation>可查看和编辑所有记录，并可查看审计日志。</translation>
    </message>
    <message>
        <source>Edits the records of the department and those below it.</source>
        <translation>可编辑本部门及下级部门的记录。</translation>
    </message>
    <message>
        <source>Creates records and edits their own.</source>
        <translation>可新建记录并编辑自己的记录。</translation>
    </message>
    <message>
        <source>Reads the records of the department and those below it.</source>
        <translation>可查看本部门及下级部门的记录。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
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
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>No access</source>
        <extracomment>Access level: the module is not available at all.</extracomment>
        <translation>无权访问</translation>
    </message>
    <message>
        <source>Depositor</source>
        <extracomment>Access level: may create records but not read others&apos;.</extracomment>
        <translation>存放者</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>Author</source>
        <extracomment>Access level: creates records and edits their own.</extracomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>Designer</source>
        <extracomment>Access level: as editor, and may change fields and forms.</extracomment>
        <translation>设计者</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>access level</comment>
        <extracomment>Access level: everything, including access settings.</extracomment>
        <translation>管理者</translation>
    </message>
    <message>
        <source>The module is not available.</source>
        <translation>无法使用该模块。</translation>
    </message>
    <message>
        <source>Creates records but cannot read any, not even their own.</source>
        <translation>可新建记录，但不能查看任何记录，包括自己新建的记录。</translation>
    </message>
    <message>
        <source>Reads the records in the data scope.</source>
        <translation>可查看数据范围内的记录。</translation>
    </message>
    <message>
        <source>Reads the records in the data scope, creates records and edits those they follow or created.</source>
        <translation>可查看数据范围内的记录，可新建记录，并可编辑自己跟进或创建的记录。</translation>
    </message>
    <message>
        <source>Reads, creates and edits every record in the data scope.</source>
        <translation>可查看、新建和编辑数据范围内的所有记录。</translation>
    </message>
    <message>
        <source>As editor, and changes fields and forms.</source>
        <translation>具有编辑者的全部权限，并可修改字段和表单。</translation>
    </message>
    <message>
        <source>Own records</source>
        <extracomment>Data scope: the records the user follows.</extracomment>
        <translation>本人</translation>
    </message>
    <message>
        <source>Own department</source>
        <translation>本部门</translation>
    </message>
    <message>
        <source>Department and below</source>
        <translation>本部门及下级</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Assign</source>
        <extracomment>Extra right: give records to other users.</extracomment>
        <translation>分配</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>批量修改</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Purge</source>
        <extracomment>Extra right: erase records in the recycle bin for good.</extracomment>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>Extra right: read the audit log.</extracomment>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Give records to other users and take them back.</source>
        <translation>将记录分配给其他用户，或将其收回。</translation>
    </message>
    <message>
        <source>Set one field on many records at once.</source>
        <translation>一次为多条记录设置同一个字段。</translation>
    </message>
    <message>
        <source>Import records from CSV or Excel files.</source>
        <translation>从 CSV 或 Excel 文件导入记录。</translation>
    </message>
    <message>
        <source>Export records to CSV or Excel files.</source>
        <translation>将记录导出为 CSV 或 Excel 文件。</translation>
    </message>
    <message>
        <source>Print records.</source>
        <translation>打印记录。</translation>
    </message>
    <message>
        <source>Copy text out of lists and forms.</source>
        <translation>从列表和表单中复制文字。</translation>
    </message>
    <message>
        <source>Erase records in the recycle bin for good.</source>
        <translation>彻底删除回收站中的记录。</translation>
    </message>
    <message>
        <source>Approve requests that need approval.</source>
        <translation>审批需要审批的申请。</translation>
    </message>
    <message>
        <source>Read the audit log (in Administration).</source>
        <translation>查看审计日志（位于“系统管理”中）。</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Read-only</source>
        <comment>field access</comment>
        <translation>只读</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>可编辑</translation>
    </message>
    <message>
        <source>through the department &quot;%1&quot;</source>
        <translation>通过部门“%1”</translation>
    </message>
    <message>
        <source>through the group &quot;%1&quot;</source>
        <translation>通过用户组“%1”</translation>
    </message>
    <message>
        <source>primary role</source>
        <translation>主角色</translation>
    </message>
    <message>
        <source>extra role</source>
        <translation>附加角色</translation>
    </message>
    <message>
        <source>You cannot give a role that grants more than you hold yourself.</source>
        <translation>您不能授予超出您自身权限的角色。</translation>
    </message>
    <message>
        <source>A chosen role no longer exists; it may have been deleted.</source>
        <translation>所选角色已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Your password must be changed before you can go on.</source>
        <translation>您必须先修改密码才能继续。</translation>
    </message>
    <message>
        <source>The server is busy saving another large change, such as an import, and nothing was saved. Try again in a moment.</source>
        <translation>服务器正忙于保存另一项大的更改（例如导入），本次未保存任何内容。请稍候再试。</translation>
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
    <name>DepartmentRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Everyone in &quot;%1&quot; and in the departments below it holds these roles, besides their own:</source>
        <translation>“%1”及其下级部门的所有人员，除自身的角色外，还拥有以下角色：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer kind</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Telephone 2</source>
        <translation>电话 2</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Telephone marketing</source>
        <translation>电话营销</translation>
    </message>
    <message>
        <source>Website / online</source>
        <translation>网站/网络</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <source>IT and software</source>
        <translation>IT/软件</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>Finance and insurance</source>
        <translation>金融保险</translation>
    </message>
    <message>
        <source>Wholesale and retail</source>
        <translation>批发零售</translation>
    </message>
    <message>
        <source>Construction and real estate</source>
        <translation>建筑地产</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>交通物流</translation>
    </message>
    <message>
        <source>Energy and utilities</source>
        <translation>能源公用事业</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>医疗卫生</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Government and public sector</source>
        <translation>政府及公共事业</translation>
    </message>
    <message>
        <source>Media and advertising</source>
        <translation>传媒广告</translation>
    </message>
    <message>
        <source>Hotels and catering</source>
        <translation>酒店餐饮</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Business services</source>
        <translation>商务服务</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>A – key</source>
        <translation>A 类（重点）</translation>
    </message>
    <message>
        <source>B – important</source>
        <translation>B 类（重要）</translation>
    </message>
    <message>
        <source>C – normal</source>
        <translation>C 类（一般）</translation>
    </message>
    <message>
        <source>D – minor</source>
        <translation>D 类（次要）</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>注册名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>企业性质</translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation>国有</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>民营</translation>
    </message>
    <message>
        <source>Foreign-owned</source>
        <translation>外资</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合资</translation>
    </message>
    <message>
        <source>Sole proprietor</source>
        <translation>个体</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年营业额</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>主营产品</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>公司简介</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>开票地址</translation>
    </message>
    <message>
        <source>Invoice telephone</source>
        <translation>开票电话</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Quarterly statement</source>
        <translation>季结</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>预付款</translation>
    </message>
    <message>
        <source>Bank acceptance bill</source>
        <translation>银行承兑汇票</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Total deal value</source>
        <translation>成交总额</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>客户分组</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>电子期刊</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>价值等级</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <source>Medium value</source>
        <translation>中价值</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>低价值</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>合作状态</translation>
    </message>
    <message>
        <source>Not cooperating</source>
        <translation>未合作</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停合作</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Contact cycle</source>
        <translation>联系周期</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Sales area</source>
        <translation>销售区域</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>客户需求</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>跟进状态</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>已报价</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系日期</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次联系日期</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>成功率（%）</translation>
    </message>
    <message>
        <source>Expected amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Expected closing date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Modified at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Assigned at</source>
        <translation>分配时间</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department (at the customer)</source>
        <translation>所在部门</translation>
    </message>
    <message>
        <source>WeChat / QQ</source>
        <translation>微信/QQ</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>上级姓名</translation>
    </message>
    <message>
        <source>Manager&apos;s telephone</source>
        <translation>上级电话</translation>
    </message>
    <message>
        <source>Assistant&apos;s name</source>
        <translation>助理姓名</translation>
    </message>
    <message>
        <source>Assistant&apos;s telephone</source>
        <translation>助理电话</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>中学</translation>
    </message>
    <message>
        <source>College</source>
        <translation>大专</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>本科</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>硕士</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>博士</translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <translation>配偶姓名</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Notes about the contact</source>
        <translation>联系人备注</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>学历</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>, </source>
        <extracomment>Separates the chosen values of a multiple-choice field in a list cell.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FileJobText</name>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
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
    <name>MachineKey</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>The computer key %1 could not be read: %2</source>
        <translation>无法读取计算机密钥 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 does not hold a computer key. Move it away to make a new key; an administrator must then approve this computer again.</source>
        <translation>文件 %1 中不是计算机密钥。请将该文件移走以生成新密钥；之后需由管理员重新批准此计算机。</translation>
    </message>
    <message>
        <source>The computer key could not be saved in %1: %2</source>
        <translation>无法将计算机密钥保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>MachineText</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待批准</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Your account may log in only from computers an administrator has approved.</source>
        <translation>您的账户只能在管理员批准过的计算机上登录。</translation>
    </message>
    <message>
        <source>This client did not identify the computer, so it cannot log in here. Tell your administrator.</source>
        <translation>此客户端未提供计算机标识，因此无法在此登录。请告知管理员。</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>计算机：%1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>An administrator has revoked this computer&apos;s approval.</source>
        <translation>管理员已撤销对此计算机的批准。</translation>
    </message>
    <message>
        <source>Ask your administrator to approve it again in Administration › Computers.</source>
        <translation>请让管理员在“系统管理 › 计算机”中重新批准此计算机。</translation>
    </message>
    <message>
        <source>This computer has not been approved yet.</source>
        <translation>此计算机尚未获得批准。</translation>
    </message>
    <message>
        <source>Read the fingerprint to your administrator, who approves the computer in Administration › Computers; then log in again.</source>
        <translation>请将指纹告诉管理员，由管理员在“系统管理 › 计算机”中批准此计算机，然后重新登录。</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>%1 made you a follower of %n customer(s).</source>
        <translation>
            <numerusform>%1 将你设为 %n 个客户的协同跟进人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned %n customer(s) to you.</source>
        <translation>
            <numerusform>%1 将 %n 个客户分配给了你。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added followers to %n customer(s) that you follow.</source>
        <translation>
            <numerusform>%1 为你跟进的 %n 个客户添加了协同跟进人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned %n customer(s) that you followed to someone else.</source>
        <translation>
            <numerusform>%1 将你跟进的 %n 个客户分配给了他人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added followers to %n customer(s) that you created.</source>
        <translation>
            <numerusform>%1 为你创建的 %n 个客户添加了协同跟进人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned %n customer(s) that you created to someone else.</source>
        <translation>
            <numerusform>%1 将你创建的 %n 个客户分配给了他人。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tried to log in from the computer %2 (fingerprint %3), which waits for your approval in Administration › Computers.</source>
        <translation>%1 尝试从计算机 %2（指纹 %3）登录，该计算机正在“系统管理 › 计算机”中等待你批准。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
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
    <message>
        <source>Set a temporary password for &quot;%1&quot; (%2) and tell it to them. At the next login they must choose their own. The sessions in which this user is logged in will be ended.</source>
        <translation>为“%1”（%2）设置临时密码并告知对方。对方下次登录时必须设置自己的密码。该用户已登录的会话将全部结束。</translation>
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
        <source>Roles (&amp;3)</source>
        <translation>角色(&amp;3)</translation>
    </message>
    <message>
        <source>Groups (&amp;4)</source>
        <translation>用户组(&amp;4)</translation>
    </message>
    <message>
        <source>Sessions (&amp;5)</source>
        <translation>会话(&amp;5)</translation>
    </message>
    <message>
        <source>Login bans (&amp;6)</source>
        <translation>登录封禁(&amp;6)</translation>
    </message>
    <message>
        <source>Audit log (&amp;7)</source>
        <translation>审计日志(&amp;7)</translation>
    </message>
    <message>
        <source>Custom fields (&amp;8)</source>
        <translation>自定义字段(&amp;8)</translation>
    </message>
    <message>
        <source>Computers (&amp;9)</source>
        <translation>计算机(&amp;9)</translation>
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
    <message>
        <source>Create role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <source>Create user group</source>
        <translation>新建用户组</translation>
    </message>
    <message>
        <source>Edit user group</source>
        <translation>修改用户组</translation>
    </message>
    <message>
        <source>Delete user group</source>
        <translation>删除用户组</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>撤销会话</translation>
    </message>
    <message>
        <source>Lift login ban</source>
        <translation>解除登录封禁</translation>
    </message>
    <message>
        <source>Login ban</source>
        <translation>登录封禁</translation>
    </message>
    <message>
        <source>Must change password at next login</source>
        <translation>下次登录时须修改密码</translation>
    </message>
    <message>
        <source>Password to be changed</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Login or address</source>
        <translation>登录名或地址</translation>
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
    <message numerus="yes">
        <source>The new password is too short: it needs at least %n character(s).</source>
        <translation>
            <numerusform>新密码太短：至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different one.</source>
        <translation>新密码与当前密码相同。请另选一个密码。</translation>
    </message>
    <message numerus="yes">
        <source>You have used this password recently. Choose one that differs from your last %n password(s).</source>
        <translation>
            <numerusform>您最近使用过此密码。请选择一个与最近 %n 个密码都不同的密码。</numerusform>
        </translation>
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
    <message>
        <source>Roles…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <source>Give roles to everyone in the selected department and the departments below it</source>
        <translation>为所选部门及其下级部门的所有人员授予角色</translation>
    </message>
    <message>
        <source>Roles</source>
        <extracomment>Column header: the roles everyone in the department holds.</extracomment>
        <translation>角色</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>cordial::client::DisableUserDialog</name>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>The manager of their department</source>
        <translation>所在部门的经理</translation>
    </message>
    <message>
        <source>&amp;Hand customers to:</source>
        <translation>客户转交给(&amp;H)：</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>无法加载用户列表：%1</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>Their department has no manager (nor has any department above it). Choose a colleague instead.</source>
        <translation>该用户所在部门（及其所有上级部门）都没有经理。请改为选择一位同事。</translation>
    </message>
    <message>
        <source>You cannot disable yourself or the last enabled administrator.</source>
        <translation>不能停用自己，也不能停用最后一个可用的系统管理员。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) will no longer be able to log in, and their open sessions end at once. The customers they follow pass to the successor you choose, who is told about it, and the successor takes their place where customers list them as reader or editor. You can enable the user again later; the customers stay with the successor.</source>
        <translation>“%1”（%2）将无法再登录，其已打开的会话会立即结束。其跟进的客户将移交给您选择的接替人，接替人会收到通知；在将其列为读者或编辑者的客户上，也由接替人取代其位置。以后可以重新启用该用户，但客户仍归接替人。</translation>
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
    <message>
        <source>%1
The server says: %2</source>
        <translation>%1
服务器返回：%2</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>正在退出登录…</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for your account. Choose your own password to continue.</source>
        <translation>管理员为您的账户设置了临时密码。请设置您自己的密码以继续。</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new password to continue.</source>
        <translation>您的密码已过期。请设置新密码以继续。</translation>
    </message>
    <message>
        <source>%1
The password was not changed, so you have been logged out. Log in again to change it.</source>
        <translation>%1
密码未修改，因此您已退出登录。请重新登录以修改密码。</translation>
    </message>
    <message>
        <source>Your account may not log in from this computer&apos;s network address. Log in from the office network, or ask your administrator to allow this address.</source>
        <translation>您的账户不允许从此计算机的网络地址登录。请从办公网络登录，或请管理员允许此地址。</translation>
    </message>
    <message>
        <source>The server is busy saving a large change, such as an import. Try again in a moment.</source>
        <translation>服务器正忙于保存一项大的更改（例如导入）。请稍候再试。</translation>
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
    <message>
        <source>New notification: %1</source>
        <translation>新通知：%1</translation>
    </message>
    <message>
        <source>This &amp;computer…</source>
        <translation>本机信息(&amp;C)…</translation>
    </message>
    <message>
        <source>An administrator changed what you may do, but Cordial could not read your new permissions: %1. Log out and in again to see them.</source>
        <translation>管理员更改了您的权限，但 Cordial 无法读取新的权限：%1。请退出登录后重新登录以查看。</translation>
    </message>
    <message>
        <source>An administrator changed what you may do. Cordial now shows the modules and actions your new permissions allow; no need to log in again.</source>
        <translation>管理员更改了您的权限。Cordial 已按新的权限显示可用的模块和操作，无需重新登录。</translation>
    </message>
    <message>
        <source>An administrator changed what you may do: %1 is no longer available to you. Cordial now shows what your new permissions allow.</source>
        <translation>管理员更改了您的权限：您已无法使用%1。Cordial 已按新的权限显示可用的内容。</translation>
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
    <name>cordial::client::ThisComputerDialog</name>
    <message>
        <source>This computer</source>
        <translation>本机信息</translation>
    </message>
    <message>
        <source>Where your company allows some accounts to log in only from approved computers, an administrator approves each computer by its fingerprint. Read it to them, or compare it with what they see in Administration › Computers.</source>
        <translation>如果贵公司规定某些账户只能在已批准的计算机上登录，管理员会根据指纹逐台批准计算机。请将指纹告诉管理员，或与管理员在“系统管理 › 计算机”中看到的指纹进行核对。</translation>
    </message>
    <message>
        <source>Computer name:</source>
        <translation>计算机名：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>复制指纹(&amp;C)</translation>
    </message>
    <message>
        <source>The key file is this computer&apos;s identity: keep it private. A copy of it on another computer would pass for this one; deleting it makes a new key, which must be approved again.</source>
        <translation>密钥文件是此计算机的身份凭证，请妥善保管，切勿外泄。若将其复制到其他计算机上，那台计算机就会被当作此计算机；删除密钥文件则会生成新密钥，需要重新批准。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This client could not read or create its key file, so it cannot log in where approved computers are required. Check that the folder of the key file can be written.</source>
        <translation>此客户端无法读取或创建密钥文件，因此在要求使用已批准计算机的情况下无法登录。请检查密钥文件所在的文件夹是否可写。</translation>
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
    <message>
        <source>Roles this user holds besides the primary role. The user may do everything any of them grants.</source>
        <translation>该用户除主角色外拥有的其他角色。该用户可执行其中任一角色允许的全部操作。</translation>
    </message>
    <message>
        <source>E&amp;xtra roles:</source>
        <translation>附加角色(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Why can this user…?</source>
        <translation>查看权限来源(&amp;W)…</translation>
    </message>
    <message>
        <source>Show what this user may do in each module and which roles grant it</source>
        <translation>显示该用户在各模块中可执行的操作，以及授予这些权限的角色</translation>
    </message>
    <message>
        <source>Only from computers an administrator has &amp;approved</source>
        <translation>仅限管理员已批准的计算机(&amp;A)</translation>
    </message>
    <message>
        <source>Administration › Computers lists the computers and their approval.</source>
        <translation>“系统管理 › 计算机”中列出了各台计算机及其批准状态。</translation>
    </message>
    <message>
        <source>Log in:</source>
        <translation>登录限制：</translation>
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
        <source>The user &quot;%1&quot; has been enabled.</source>
        <translation>已启用用户“%1”。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been disabled.</source>
        <translation>已停用用户“%1”。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Why can this user…?</source>
        <translation>查看权限来源…</translation>
    </message>
    <message>
        <source>Show what the selected user may do in each module and which roles grant it</source>
        <translation>显示所选用户在各模块中可执行的操作，以及授予这些权限的角色</translation>
    </message>
    <message numerus="yes">
        <source>The user &quot;%1&quot; has been disabled; %n customer(s) passed to %2.</source>
        <translation>
            <numerusform>已停用用户“%1”，%n 个客户已转交给 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; has been reset. They will choose their own at the next login.</source>
        <translation>已重置“%1”的密码。对方下次登录时将设置自己的密码。</translation>
    </message>
    <message numerus="yes">
        <source>Where %n customer(s) listed them as reader or editor, %1 is listed instead.</source>
        <translation>
            <numerusform>在将其列为读者或编辑者的 %n 个客户上，已改为列出 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::AccessDialog</name>
    <message>
        <source>Access of %1</source>
        <translation>%1 的权限</translation>
    </message>
    <message>
        <source>What %1 may do, and which roles grant it. Several roles together give everything any of them grants: the highest level, the widest scope and every extra right; a field stays hidden or read-only only if every role that grants the module restricts it.</source>
        <translation>%1 可以执行哪些操作，以及由哪些角色授予。拥有多个角色时，可获得其中任一角色授予的全部权限：最高的访问级别、最大的数据范围和所有附加权限；只有授予该模块的每个角色都限制了某个字段，该字段才会保持隐藏或只读。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Roles held</source>
        <translation>拥有的角色</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>获得方式</translation>
    </message>
    <message>
        <source>What the roles allow</source>
        <translation>角色允许的操作</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>访问级别</translation>
    </message>
    <message>
        <source>Data scope</source>
        <translation>数据范围</translation>
    </message>
    <message>
        <source>Extra rights</source>
        <translation>附加权限</translation>
    </message>
    <message>
        <source>Restricted fields</source>
        <translation>受限字段</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>授权来源</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Could not read this user&apos;s access: %1</source>
        <translation>无法读取该用户的权限：%1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>部门“%1”</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>用户组“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>In the list of a user&apos;s restricted fields: %1 hidden / read-only, %2 the fields.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Which role grants a module and how the user holds it: &quot;Exporter (department Shanghai)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Contact&apos;s %1</source>
        <translation>联系人 - %1</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::BansPage</name>
    <message>
        <source>the login “%1”</source>
        <translation>登录名“%1”</translation>
    </message>
    <message>
        <source>the address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>封禁类型</translation>
    </message>
    <message>
        <source>Login or address</source>
        <translation>登录名或地址</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <source>Blocked until</source>
        <translation>封禁截止时间</translation>
    </message>
    <message>
        <source>Filter by login or address…</source>
        <translation>按登录名或地址筛选…</translation>
    </message>
    <message>
        <source>Login bans</source>
        <extracomment>The suggested name of an exported list of blocked logins and addresses.</extracomment>
        <translation>登录封禁</translation>
    </message>
    <message>
        <source>Could not load the login bans: %1</source>
        <translation>无法加载登录封禁列表：%1</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <source>No login or address is blocked.
After repeated failed logins the server blocks the login or the computer&apos;s address for a while; such blocks are listed here.</source>
        <translation>没有被封禁的登录名或地址。
多次登录失败后，服务器会暂时封禁该登录名或该计算机的地址；此类封禁会列在这里。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Computer address</source>
        <translation>计算机地址</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n 项封禁</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift login ban</source>
        <translation>解除登录封禁</translation>
    </message>
    <message>
        <source>Lift the block on %1?</source>
        <translation>解除对 %1 的封禁？</translation>
    </message>
    <message>
        <source>Logins are accepted again at once and the failed attempts are forgotten. If someone is guessing passwords, the block comes back after the next failures.</source>
        <translation>将立即重新接受登录，并清除失败尝试记录。如果有人在猜测密码，之后再次失败时封禁会重新生效。</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>The block on %1 has been lifted.</source>
        <translation>已解除对 %1 的封禁。</translation>
    </message>
    <message>
        <source>Could not lift the block on %1: %2</source>
        <translation>无法解除对 %1 的封禁：%2</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::GroupEditorDialog</name>
    <message>
        <source>New user group</source>
        <translation>新建用户组</translation>
    </message>
    <message>
        <source>User group – %1</source>
        <translation>用户组 – %1</translation>
    </message>
    <message>
        <source>For example: Key account team, Trade fair staff</source>
        <translation>例如：大客户团队、展会人员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Find by name, login or department…</source>
        <translation>按姓名、登录名或部门查找…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Roles every member holds</source>
        <translation>每位成员都拥有的角色</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) chosen.</source>
        <translation>
            <numerusform>已选择 %n 名成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) outside your part of the company are not shown.</source>
        <translation>
            <numerusform>另有 %n 名成员不在您的管理范围内，未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>请输入用户组名称。</translation>
    </message>
    <message>
        <source>Another group already has this name. Choose another name.</source>
        <translation>已有同名用户组，请换一个名称。</translation>
    </message>
    <message>
        <source>A group name has 1 to 64 characters.</source>
        <translation>用户组名称长度应为 1 至 64 个字符。</translation>
    </message>
    <message>
        <source>A chosen member is not a user you can see; they may have been moved or deleted.</source>
        <translation>所选成员中有您无权查看的用户，该用户可能已被调动或删除。</translation>
    </message>
    <message>
        <source>You cannot give a role that grants more than you hold yourself.</source>
        <translation>您不能授予超出您自身权限的角色。</translation>
    </message>
    <message>
        <source>A chosen role no longer exists; it may have been deleted.</source>
        <translation>所选角色已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>You may not change this group: some of its members are outside your part of the company. Ask an administrator.</source>
        <translation>您无权修改该用户组：其部分成员不在您的管理范围内。请联系系统管理员。</translation>
    </message>
    <message>
        <source>Someone else changed this group while you were editing it. The dialog now shows their version; make your changes again and save.</source>
        <translation>在您编辑期间，其他人修改了该用户组。对话框现在显示的是对方的版本，请重新修改后保存。</translation>
    </message>
    <message>
        <source>Someone else deleted this group while you were editing it.</source>
        <translation>在您编辑期间，其他人删除了该用户组。</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::GroupsPage</name>
    <message>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>新建用户组…</translation>
    </message>
    <message>
        <source>Filter by name, role or description…</source>
        <translation>按名称、角色或描述筛选…</translation>
    </message>
    <message>
        <source>User groups</source>
        <extracomment>The suggested name of an exported list of user groups.</extracomment>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Could not load the user groups: %1</source>
        <translation>无法加载用户组列表：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>共 %n 个用户组</numerusform>
        </translation>
    </message>
    <message>
        <source>The group has been created.</source>
        <translation>已创建用户组。</translation>
    </message>
    <message>
        <source>The group has been saved.</source>
        <translation>已保存用户组。</translation>
    </message>
    <message>
        <source>Delete user group</source>
        <translation>删除用户组</translation>
    </message>
    <message>
        <source>Delete the group “%1”?</source>
        <translation>确定要删除用户组“%1”吗？</translation>
    </message>
    <message>
        <source>Its members lose the roles the group gave them; the users themselves stay.</source>
        <translation>其成员将失去该用户组授予的角色，但用户本身不受影响。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The group “%1” has been deleted.</source>
        <translation>已删除用户组“%1”。</translation>
    </message>
    <message>
        <source>Could not delete the group “%1”: %2</source>
        <translation>无法删除用户组“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::MachineDialog</name>
    <message>
        <source>Approve computer</source>
        <translation>批准计算机</translation>
    </message>
    <message>
        <source>Rename computer</source>
        <translation>重命名计算机</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the user reads from their screen (Settings › This computer, or the login window). Approve only when they match: users who may log in only from approved computers can then log in from this one.</source>
        <translation>请将此指纹与用户从其屏幕上读出的指纹（位于“设置 › 本机信息”或登录窗口中）进行核对。仅在两者一致时才批准：批准后，只能在已批准计算机上登录的用户即可在这台计算机上登录。</translation>
    </message>
    <message>
        <source>The name is only for people; the computer is known by its key, whose fingerprint is below.</source>
        <translation>名称仅供人员识别；系统通过密钥识别计算机，其指纹显示在下方。</translation>
    </message>
    <message>
        <source>e.g. Front desk PC, Shanghai office</source>
        <translation>例如：上海办公室前台电脑</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Last user:</source>
        <translation>最后登录用户：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Give the computer a name, such as where it stands.</source>
        <translation>请为计算机命名，例如按其所在位置命名。</translation>
    </message>
    <message>
        <source>Someone else changed this computer meanwhile. Close this window; the list shows it as it is now.</source>
        <translation>在此期间，其他人修改了此计算机。请关闭此窗口，列表中显示的是其当前状态。</translation>
    </message>
    <message>
        <source>Someone else deleted this computer meanwhile.</source>
        <translation>在此期间，其他人删除了此计算机。</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::MachinesPage</name>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last user</source>
        <translation>最后登录用户</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后登录时间</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次登录时间</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <source>Filter by computer, fingerprint, status or user…</source>
        <translation>按计算机、指纹、状态或用户筛选…</translation>
    </message>
    <message>
        <source>Computers</source>
        <extracomment>The suggested name of an exported list of computers.</extracomment>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Could not load the computers: %1</source>
        <translation>无法加载计算机列表：%1</translation>
    </message>
    <message>
        <source>No computer has logged in with its key yet.</source>
        <translation>还没有计算机使用其密钥登录过。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>共 %n 台计算机</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 the number of computers shown, %2 how many of all wait for approval.</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for approval</source>
        <translation>
            <numerusform>%n 台待批准</numerusform>
        </translation>
    </message>
    <message>
        <source>The computer “%1” has been approved.</source>
        <translation>已批准计算机“%1”。</translation>
    </message>
    <message>
        <source>The computer has been renamed “%1”.</source>
        <translation>已将计算机重命名为“%1”。</translation>
    </message>
    <message>
        <source>Revoke computer</source>
        <translation>撤销计算机批准</translation>
    </message>
    <message>
        <source>Revoke the approval of the computer “%1” (fingerprint %2)?</source>
        <translation>撤销对计算机“%1”（指纹 %2）的批准？</translation>
    </message>
    <message>
        <source>Users who may log in only from approved computers can no longer log in from it, and their sessions there end at their next request. You can approve it again later.</source>
        <translation>只能在已批准计算机上登录的用户将无法再从这台计算机登录，他们在这台计算机上的会话将在下一次请求时结束。以后您可以重新批准这台计算机。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The approval of the computer “%1” has been revoked.</source>
        <translation>已撤销对计算机“%1”的批准。</translation>
    </message>
    <message>
        <source>Delete computer</source>
        <translation>删除计算机</translation>
    </message>
    <message>
        <source>Delete the computer “%1” from the list?</source>
        <translation>从列表中删除计算机“%1”？</translation>
    </message>
    <message>
        <source>Its approval goes with it. If it logs in again, it is listed anew, waiting for approval.</source>
        <translation>其批准也将一并删除。如果这台计算机再次登录，它会重新出现在列表中，等待批准。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The computer “%1” has been deleted from the list.</source>
        <translation>已从列表中删除计算机“%1”。</translation>
    </message>
    <message>
        <source>Someone else changed the computer “%1” meanwhile. The list now shows it as it is; check it and try again.</source>
        <translation>在此期间，其他人修改了计算机“%1”。列表现已显示其当前状态，请核对后重试。</translation>
    </message>
    <message>
        <source>Could not change the computer “%1”: %2</source>
        <translation>无法修改计算机“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::RecordsPage</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
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
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::RoleChecklist</name>
    <message>
        <source>The primary role, chosen above.</source>
        <translation>主角色，已在上方选择。</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::RoleEditorDialog</name>
    <message>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <source>Role – %1</source>
        <translation>角色 – %1</translation>
    </message>
    <message>
        <source>Edit role – %1</source>
        <translation>编辑角色 – %1</translation>
    </message>
    <message>
        <source>For example: Finance, Temporary staff, Shanghai branch</source>
        <translation>例如：财务、临时人员、上海分公司</translation>
    </message>
    <message>
        <source>Who gets this role and why</source>
        <translation>哪些人获得此角色，以及原因</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>模块(&amp;M)</translation>
    </message>
    <message>
        <source>Customer &amp;fields</source>
        <translation>客户字段(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sign-in restrictions</source>
        <translation>登录限制(&amp;S)</translation>
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
        <source>A built-in role keeps its name.</source>
        <translation>内置角色不能改名。</translation>
    </message>
    <message>
        <source>For each part of Cordial, choose how much the role may do, whose records it sees and which extra rights it adds. A person holding several roles gets everything any of them grants.</source>
        <translation>为 Cordial 的每个模块选择该角色可执行的操作、可查看哪些人的记录，以及附加哪些权限。拥有多个角色的人员可获得其中任一角色授予的全部权限。</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>访问级别</translation>
    </message>
    <message>
        <source>How much the role may do in the module</source>
        <translation>该角色在此模块中可执行的操作</translation>
    </message>
    <message>
        <source>Data scope</source>
        <translation>数据范围</translation>
    </message>
    <message>
        <source>Whose records the role sees</source>
        <translation>该角色可查看哪些人的记录</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <extracomment>Tool tip of an extra right&apos;s check box: %1 the right, %2 the module.</extracomment>
        <translation>%2模块的%1权限：%3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>On the tab</source>
        <translation>所在选项卡</translation>
    </message>
    <message>
        <source>Allowed client &amp;addresses (one range per line):</source>
        <translation>允许的客户端地址（每行一个地址段）(&amp;A)：</translation>
    </message>
    <message>
        <source>Ranges are written as an address and a prefix length, such as 192.168.1.0/24 for the office network. Leave the list empty to allow any address.</source>
        <translation>地址段由地址和前缀长度组成，例如办公网络可写作 192.168.1.0/24。留空则允许任何地址。</translation>
    </message>
    <message>
        <source>Sign in only from &amp;registered computers</source>
        <translation>仅允许从已登记的电脑登录(&amp;R)</translation>
    </message>
    <message>
        <source>People with this role can then sign in only from computers an administrator has approved.</source>
        <translation>勾选后，拥有此角色的人员只能在管理员批准过的电脑上登录。</translation>
    </message>
    <message>
        <source>The customer fields could not be read, so their visibility cannot be changed here; the role keeps what it has. (%1)</source>
        <translation>无法读取客户字段，因此不能在此修改字段的可见性；该角色保持原有设置。（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible name of a field visibility button: %1 the field, %2 hidden / read-only / editable.
----------
A complaint about one module&apos;s grant: %1 the module, %2 what is wrong.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The Administrator role cannot be changed, so that someone can always manage access.</source>
        <translation>系统管理员角色不能修改，以确保始终有人可以管理访问权限。</translation>
    </message>
    <message>
        <source>You may look at this role but not change it.</source>
        <translation>您可以查看此角色，但不能修改。</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>请输入角色名称。</translation>
    </message>
    <message>
        <source>Line %1, “%2”, is not an address range. Write it like 192.168.1.0/24 or 2001:db8::/32.</source>
        <translation>第 %1 行“%2”不是有效的地址段。请按 192.168.1.0/24 或 2001:db8::/32 的格式填写。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Another role already has this name. Choose another name.</source>
        <translation>已有同名角色，请换一个名称。</translation>
    </message>
    <message>
        <source>A role name has 1 to 64 characters, and a built-in role keeps its name.</source>
        <translation>角色名称长度应为 1 至 64 个字符，且内置角色不能改名。</translation>
    </message>
    <message>
        <source>The description may have at most 500 characters.</source>
        <translation>描述最长 500 个字符。</translation>
    </message>
    <message>
        <source>An allowed address range is not valid.</source>
        <translation>允许的地址段中有无效项。</translation>
    </message>
    <message>
        <source>This role would grant more than you hold yourself. You can give only access that you have: lower the levels, scopes or extra rights, or ask an administrator.</source>
        <translation>此角色授予的权限将超出您自身的权限。您只能授予自己拥有的权限：请降低访问级别、缩小数据范围或减少附加权限，或联系系统管理员。</translation>
    </message>
    <message>
        <source>The visibility of “%1” was not accepted.</source>
        <translation>“%1”的可见性设置未被接受。</translation>
    </message>
    <message>
        <source>this grant was not accepted.</source>
        <translation>该项授权未被接受。</translation>
    </message>
    <message>
        <source>This role cannot be changed.</source>
        <translation>此角色不能修改。</translation>
    </message>
    <message>
        <source>You may not change this role: it grants more than you hold, or people outside your part of the company hold it. Ask an administrator.</source>
        <translation>您无权修改此角色：它授予的权限超出您自身的权限，或有不在您管理范围内的人员拥有此角色。请联系系统管理员。</translation>
    </message>
    <message>
        <source>Someone else changed this role meanwhile, and it could not be read again: %1</source>
        <translation>在此期间其他人修改了此角色，且无法重新读取：%1</translation>
    </message>
    <message>
        <source>Someone else changed this role while you were editing it. The dialog now shows their version; make your changes again and save.</source>
        <translation>在您编辑期间，其他人修改了此角色。对话框现在显示的是对方的版本，请重新修改后保存。</translation>
    </message>
    <message>
        <source>Someone else deleted this role while you were editing it.</source>
        <translation>在您编辑期间，其他人删除了此角色。</translation>
    </message>
    <message>
        <source>Which fields of customers and of their contacts people with this role see and change. A hidden field is left out of forms, lists, searches, exports, printouts and the history; a read-only one is shown but cannot be changed. When someone holds several roles, a field is restricted only as far as every one of them restricts it.</source>
        <translation>拥有此角色的人员可以查看和修改客户及其联系人的哪些字段。隐藏的字段不会出现在表单、列表、搜索、导出、打印和修改历史中；只读字段可以查看，但不能修改。某人拥有多个角色时，字段的限制以这些角色中最宽松的设置为准。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>Where a contact&apos;s field is, in the table of field visibility of a role.</extracomment>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact&apos;s %1</source>
        <translation>联系人 - %1</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::RolesPage</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有人数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户模块</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>New role…</source>
        <translation>新建角色…</translation>
    </message>
    <message>
        <source>Filter by name or description…</source>
        <translation>按名称或描述筛选…</translation>
    </message>
    <message>
        <source>Roles</source>
        <extracomment>The suggested name of an exported list of roles.</extracomment>
        <translation>角色</translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation>无法加载角色列表：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>What a role gives in the customers module: %1 the access level, %2 the data scope.</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>共 %n 个角色</numerusform>
        </translation>
    </message>
    <message>
        <source>The role has been created.</source>
        <translation>已创建角色。</translation>
    </message>
    <message>
        <source>The role has been saved.</source>
        <translation>已保存角色。</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>确定要删除角色“%1”吗？</translation>
    </message>
    <message>
        <source>Only a role that no user, department or group holds can be deleted.</source>
        <translation>只能删除没有任何用户、部门或用户组拥有的角色。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The role “%1” has been deleted.</source>
        <translation>已删除角色“%1”。</translation>
    </message>
    <message>
        <source>The role “%1” cannot be deleted: users, departments or groups still hold it. Take it away from them first.</source>
        <translation>不能删除角色“%1”：仍有用户、部门或用户组拥有此角色。请先将其收回。</translation>
    </message>
    <message>
        <source>Could not delete the role “%1”: %2</source>
        <translation>无法删除角色“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::SessionsPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活动时间</translation>
    </message>
    <message>
        <source>Filter by user, address or computer…</source>
        <translation>按用户、地址或计算机筛选…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>The suggested name of an exported list of the sessions logged in.</extracomment>
        <translation>会话</translation>
    </message>
    <message>
        <source>Could not load the sessions: %1</source>
        <translation>无法加载会话列表：%1</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>No one in your departments is logged in.</source>
        <translation>您的部门中当前没有人登录。</translation>
    </message>
    <message>
        <source>%1 — this session</source>
        <translation>%1 — 当前会话</translation>
    </message>
    <message>
        <source>This is your own session. Log out to end it.</source>
        <translation>这是您本人的会话。退出登录即可结束该会话。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>撤销会话</translation>
    </message>
    <message>
        <source>End the session of %1 on %2?</source>
        <translation>结束 %1 在 %2 上的会话？</translation>
    </message>
    <message>
        <source>The client is logged out at once; what was not saved there is lost. The user can log in again unless you also disable the account or change their password.</source>
        <translation>该客户端将立即退出登录，其中未保存的内容将丢失。除非您同时停用该账户或修改其密码，否则该用户仍可重新登录。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>The session of %1 has been ended.</source>
        <translation>已结束 %1 的会话。</translation>
    </message>
    <message>
        <source>Could not end the session of %1: %2</source>
        <translation>无法结束 %1 的会话：%2</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::AssignDialog</name>
    <message>
        <source>Assign customers</source>
        <translation>分配客户</translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n selected customer(s) to:</source>
        <translation>
            <numerusform>将选中的 %n 个客户分配给：</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>&amp;Replace the follower (several users take turns)</source>
        <translation>替换跟进人（多人时轮流分配）(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd as extra followers</source>
        <translation>添加为协同跟进人(&amp;D)</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>In the app &amp;only</source>
        <translation>仅系统内通知(&amp;O)</translation>
    </message>
    <message>
        <source>Also by &amp;e-mail</source>
        <translation>同时发邮件(&amp;E)</translation>
    </message>
    <message>
        <source>Also by &amp;SMS</source>
        <translation>同时发短信(&amp;S)</translation>
    </message>
    <message>
        <source>Whom:</source>
        <translation>通知对象：</translation>
    </message>
    <message>
        <source>&amp;Previous follower</source>
        <translation>原跟进人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Creator</source>
        <translation>创建人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New followers</source>
        <translation>新跟进人(&amp;N)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose at least one user.</source>
        <translation>请至少选择一个用户。</translation>
    </message>
    <message>
        <source>A chosen user is disabled or not in your part of the company.</source>
        <translation>所选用户已停用，或不在您负责的部门范围内。</translation>
    </message>
    <message>
        <source>Could not assign: %1</source>
        <translation>无法分配：%1</translation>
    </message>
    <message numerus="yes">
        <source>E-mail queued for %n person(s).</source>
        <translation>
            <numerusform>已为 %n 人排队发送邮件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SMS queued for %n person(s).</source>
        <translation>
            <numerusform>已为 %n 人排队发送短信。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody was notified.</source>
        <translation>未通知任何人。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) notified in the app.</source>
        <translation>
            <numerusform>已在系统内通知 %n 人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::BirthdayDialog</name>
    <message>
        <source>Upcoming birthdays</source>
        <translation>近期生日提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of your customers have a birthday in the next days. A call or a message is a good reason to get in touch.</source>
        <translation>
            <numerusform>您的客户中有 %n 位联系人近几天过生日。打个电话或发条祝福短信，正是联络感情的好机会。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>距离生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>M/d (ddd)</source>
        <translation>M月d日（ddd）</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::BulkEditDialog</name>
    <message>
        <source>Bulk edit customers</source>
        <translation>批量修改客户</translation>
    </message>
    <message numerus="yes">
        <source>Set one field to the same value on the %n selected customer(s).</source>
        <translation>
            <numerusform>将选中的 %n 个客户的某个字段统一设为同一个值。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>Leave the value empty to clear the field.</source>
        <translation>值留空则清空该字段。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not change the customers: %1</source>
        <translation>无法修改客户：%1</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>清空字段</translation>
    </message>
    <message numerus="yes">
        <source>Clear &quot;%1&quot; on the %n selected customer(s)?</source>
        <translation>
            <numerusform>确定要清空选中的 %n 个客户的“%1”吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Contact – %1</source>
        <translation>联系人 – %1</translation>
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
        <source>Someone else changed this contact meanwhile. Close this window, and open the contact again to see their version.</source>
        <translation>在此期间，其他人修改了该联系人。请关闭此窗口，重新打开联系人查看最新版本。</translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation>无法保存联系人：%1</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomFieldDialog</name>
    <message>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <source>Custom field – %1</source>
        <translation>自定义字段 – %1</translation>
    </message>
    <message>
        <source>As it appears on the form, e.g. WeChat ID</source>
        <translation>显示在表单上的名称，例如：微信号</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The kind of a field cannot change once customers may hold values in it.</source>
        <translation>字段创建后不能再更改类型，因为客户资料中可能已有该字段的值。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>On the &amp;tab:</source>
        <translation>所在选项卡(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;hoices:</source>
        <translation>选项(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Add choice</source>
        <translation>添加选项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Only choices added now can be removed; rename existing ones instead, because customers may hold them.</source>
        <translation>只能删除本次新添加的选项；已有选项可能已被客户使用，只能重命名。</translation>
    </message>
    <message>
        <source>Re&amp;quired for new customers</source>
        <translation>新建客户时必填(&amp;Q)</translation>
    </message>
    <message>
        <source>Offer as a &amp;column and filter of the customer list</source>
        <translation>可作为客户列表的显示列和筛选条件(&amp;C)</translation>
    </message>
    <message>
        <source>Custom fields appear on the customer form, in the column chooser, in import and export and in bulk edit. They are not searched by the search box.</source>
        <translation>自定义字段会出现在客户表单、显示列设置、导入导出和批量修改中，但搜索框不会搜索自定义字段。</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>新选项</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>请输入字段名称。</translation>
    </message>
    <message>
        <source>Add at least one choice.</source>
        <translation>请至少添加一个选项。</translation>
    </message>
    <message>
        <source>Another field already has this name. Choose a name that tells them apart.</source>
        <translation>已有同名字段，请换一个便于区分的名称。</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomFieldsPage</name>
    <message>
        <source>Text (one line)</source>
        <translation>单行文本</translation>
    </message>
    <message>
        <source>Text (several lines)</source>
        <translation>多行文本</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Several choices from a list</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>公司概况</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>财务信息</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组分类</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理信息</translation>
    </message>
    <message>
        <source>&amp;New field…</source>
        <translation>新建字段(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Fields your company needs beyond the built-in customer file. A retired field disappears from forms, lists and exports; its values are kept and come back when it is restored.</source>
        <translation>在系统内置的客户资料之外，添加贵公司需要的字段。停用的字段不再出现在表单、列表和导出文件中；其数据会保留，恢复后即重新显示。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>选项卡</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>列表显示</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Could not load the custom fields: %1</source>
        <translation>无法加载自定义字段：%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>No custom fields yet. Add one with New field…</source>
        <translation>还没有自定义字段。请点击“新建字段…”添加。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>“%1” is retired.</source>
        <translation>已停用“%1”。</translation>
    </message>
    <message>
        <source>“%1” is in use again.</source>
        <translation>“%1”已恢复使用。</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomerDialog</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved to the recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Contact edited</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source> (primary)</source>
        <extracomment>Marks the primary contact in a list of contacts.</extracomment>
        <translation>（主联系人）</translation>
    </message>
    <message>
        <source>&amp;Basic</source>
        <translation>基本信息(&amp;B)</translation>
    </message>
    <message>
        <source>Com&amp;pany profile</source>
        <translation>公司概况(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Financial</source>
        <translation>财务信息(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>分组分类(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Current s&amp;tatus</source>
        <translation>当前状态(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Management</source>
        <translation>管理信息(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>修改历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save and c&amp;lose</source>
        <translation>保存并关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>编辑联系人(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>删除联系人(&amp;R)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>修改的字段</translation>
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
        <source>Could not load the history: %1</source>
        <translation>无法加载修改历史：%1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the names of the changed fields in the history list.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Could not load the customer: %1</source>
        <translation>无法加载客户：%1</translation>
    </message>
    <message>
        <source>Customer – %1</source>
        <translation>客户 – %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>Contact “%1”: %2</source>
        <extracomment>A changed field of a contact in the history: %1 the contact&apos;s name, %2 the field.</extracomment>
        <translation>联系人“%1”：%2</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Someone else changed this customer; loading their version…</source>
        <translation>其他人修改了该客户，正在加载最新版本…</translation>
    </message>
    <message>
        <source>Could not load the current version: %1</source>
        <translation>无法加载最新版本：%1</translation>
    </message>
    <message>
        <source>The customer was changed by someone else</source>
        <translation>客户已被他人修改</translation>
    </message>
    <message>
        <source>While you were editing, %1 saved a newer version of “%2”. These fields differ between your version and theirs:</source>
        <translation>在您编辑期间，%1 保存了“%2”的新版本。以下字段在您的版本和对方的版本中不同：</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>保留对方的版本(&amp;K)</translation>
    </message>
    <message>
        <source>Discard your changes and show the saved version</source>
        <translation>放弃您的修改，显示已保存的版本</translation>
    </message>
    <message>
        <source>&amp;Reapply mine and save</source>
        <translation>重新应用我的修改并保存(&amp;R)</translation>
    </message>
    <message>
        <source>Start from the saved version, put your changes back and save them</source>
        <translation>以已保存的版本为基础，重新填入您的修改并保存</translation>
    </message>
    <message>
        <source>Showing the saved version; your changes were discarded.</source>
        <translation>已显示保存的版本，您的修改已放弃。</translation>
    </message>
    <message>
        <source>Possible duplicate customers</source>
        <translation>可能重复的客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with the same name, telephone, mobile or e-mail already exist. Talk to their follower before you create another record.</source>
        <translation>
            <numerusform>已有 %n 个客户的名称、电话、手机或电子邮箱与之相同。新建之前，请先与其跟进人沟通。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>相同项</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>(a customer you cannot see)</source>
        <translation>（您无权查看的客户）</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>仍然新建(&amp;A)</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Remove the contact “%1” from this customer?</source>
        <translation>从该客户中删除联系人“%1”？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Could not remove the contact: %1</source>
        <translation>无法删除联系人：%1</translation>
    </message>
    <message>
        <source>You have changed this customer. Save the changes before closing?</source>
        <translation>您修改了该客户。关闭前要保存修改吗？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Follower: %1</source>
        <translation>跟进人：%1</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>最后修改于 %1</translation>
    </message>
    <message>
        <source>  ·  </source>
        <extracomment>Separates the facts under the customer&apos;s name in the form&apos;s heading.</extracomment>
        <translation>  ·  </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print this customer (Ctrl+P)</source>
        <translation>打印该客户的资料（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print customer</source>
        <translation>打印客户资料</translation>
    </message>
    <message>
        <source>Readers and editors changed</source>
        <translation>读者和编辑者已修改</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>Who may see and edit</source>
        <translation>查看和编辑权限</translation>
    </message>
    <message>
        <source>Who may see and &amp;edit…</source>
        <translation>查看和编辑权限(&amp;E)…</translation>
    </message>
    <message>
        <source>Restrict this customer to named people, or let people outside your department see or change it</source>
        <translation>将此客户限定为指定人员可见，或允许本部门以外的人员查看或修改</translation>
    </message>
    <message>
        <source>Save the customer first; then you can choose who may see and edit it.</source>
        <translation>请先保存客户，然后才能设置谁可以查看和编辑该客户。</translation>
    </message>
    <message>
        <source>Could not read who may see this customer: %1</source>
        <translation>无法读取该客户的查看权限：%1</translation>
    </message>
    <message>
        <source>Earlier version restored</source>
        <translation>恢复历史版本</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Edited with others</source>
        <translation>批量修改</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Handed over to a successor</source>
        <translation>转交给接替人</translation>
    </message>
    <message>
        <source>Every version of this customer and its contacts, newest first. Select one to see what changed; “Restore this version” puts the customer back as that change left it.</source>
        <translation>该客户及其联系人的所有版本，最新的在前。选择一个版本可查看修改内容；“恢复此版本”会将客户恢复到该次修改后的状态。</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>恢复此版本(&amp;R)…</translation>
    </message>
    <message>
        <source>Show &amp;older versions</source>
        <translation>显示更早的版本(&amp;O)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Your role may not change this customer.</source>
        <translation>您的角色不允许修改该客户。</translation>
    </message>
    <message>
        <source>This change erased the customer; it holds no version to restore.</source>
        <translation>此次修改彻底删除了该客户，没有可恢复的版本。</translation>
    </message>
    <message>
        <source>This is the customer as it is now.</source>
        <translation>这就是该客户的当前状态。</translation>
    </message>
    <message>
        <source>Put the customer back as the selected change left it</source>
        <translation>将客户恢复到所选修改后的状态</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <source>Put “%1” back as %2 left it on %3?</source>
        <translation>将“%1”恢复到 %2 于 %3 修改后的状态？</translation>
    </message>
    <message>
        <source>The fields you may change and the contacts return to that version; the follower stays. The restore is itself recorded in the history, so it can be undone the same way.</source>
        <translation>您有权修改的字段和联系人将恢复到该版本，跟进人保持不变。此次恢复本身也会记录在修改历史中，因此可以用同样的方法撤销。</translation>
    </message>
    <message>
        <source>The customer also comes back out of the recycle bin.</source>
        <translation>该客户也将从回收站中恢复。</translation>
    </message>
    <message>
        <source>Your unsaved changes in this form will be discarded.</source>
        <translation>此表单中未保存的修改将被放弃。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>The version was restored.</source>
        <translation>已恢复该版本。</translation>
    </message>
    <message>
        <source>Nothing to restore: the customer already is as that version left it.</source>
        <translation>无需恢复：该客户已与该版本一致。</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. The form now shows their version; look at the history again and restore once more if needed.</source>
        <translation>在此期间，其他人修改了该客户。表单现在显示的是对方的版本；请重新查看修改历史，如有需要再恢复一次。</translation>
    </message>
    <message>
        <source>Could not restore this version: %1</source>
        <translation>无法恢复此版本：%1</translation>
    </message>
    <message>
        <source>This customer is in the recycle bin. To bring it back, restore it from the recycle bin or put back a version from the History tab.</source>
        <translation>该客户在回收站中。如需找回，请从回收站中恢复，或在“修改历史”选项卡中恢复某个版本。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>正在准备打印内容…</translation>
    </message>
    <message>
        <source>Could not print the customer: %1</source>
        <translation>无法打印客户资料：%1</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户管理</translation>
    </message>
    <message>
        <source>Search name, pinyin initials, phone, contact… (Ctrl+F)</source>
        <translation>搜索名称、拼音首字母、电话、联系人…（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected customers to the recycle bin (Del)</source>
        <translation>将选中的客户移入回收站（Del）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Bring the selected customers back from the recycle bin</source>
        <translation>将选中的客户从回收站恢复</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>筛选(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>显示列(&amp;C)…</translation>
    </message>
    <message>
        <source>Recycle &amp;bin</source>
        <translation>回收站(&amp;B)</translation>
    </message>
    <message>
        <source>Show the customers in the recycle bin</source>
        <translation>显示回收站中的客户</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Could not load the customers: %1</source>
        <translation>无法加载客户列表：%1</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Created &amp;from</source>
        <translation>创建日期从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Follo&amp;wer:</source>
        <translation>跟进人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>省份(&amp;P)：</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>客户类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>客户等级(&amp;G)：</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>恢复默认列</translation>
    </message>
    <message>
        <source>The list cannot be sorted by “%1”.</source>
        <translation>列表不能按“%1”排序。</translation>
    </message>
    <message numerus="yes">
        <source>F&amp;ilter (%Ln)</source>
        <translation>
            <numerusform>筛选(&amp;I)（%Ln）</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in the recycle bin</source>
        <translation>
            <numerusform>回收站中共 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln customer(s) found; type more to narrow the search</source>
        <translation>
            <numerusform>仅显示找到的前 %Ln 个客户，请输入更多内容以缩小范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>找到 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in total</source>
        <translation>
            <numerusform>共 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer “%1” created.</source>
        <translation>已新建客户“%1”。</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Move the customer “%1” to the recycle bin?</source>
        <translation>将客户“%1”移入回收站？</translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln selected customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>将选中的 %Ln 个客户移入回收站？</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers in the recycle bin can be restored later.</source>
        <translation>回收站中的客户以后可以恢复。</translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>无法删除：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) moved to the recycle bin.</source>
        <translation>
            <numerusform>已将 %Ln 个客户移入回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) were skipped: already deleted or not yours.</source>
        <translation>
            <numerusform>跳过 %Ln 个客户：已被删除或不属于您。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) restored.</source>
        <translation>
            <numerusform>已恢复 %Ln 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) restored; could not restore the others: %1</source>
        <translation>
            <numerusform>已恢复 %Ln 个客户，其余客户无法恢复：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>Give the selected customers to other users</source>
        <translation>将选中的客户分配给其他用户</translation>
    </message>
    <message>
        <source>Bul&amp;k edit…</source>
        <translation>批量修改(&amp;K)…</translation>
    </message>
    <message>
        <source>Set one field to the same value on the selected customers</source>
        <translation>将选中客户的某个字段统一设为同一个值</translation>
    </message>
    <message>
        <source>Customers assigned: %1; skipped: %2.</source>
        <translation>已分配客户：%1 个；跳过：%2 个。</translation>
    </message>
    <message>
        <source>Customers updated: %1; skipped: %2.</source>
        <translation>已修改客户：%1 个；跳过：%2 个。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update customers from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件添加或更新客户</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected customers, or those the list shows, to a CSV or Excel file</source>
        <translation>将选中的客户或列表中的客户导出为 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>Import complete: %1 created, %2 updated, %3 skipped.</source>
        <translation>导入完成：新建 %1 个，更新 %2 个，跳过 %3 个。</translation>
    </message>
    <message>
        <source>The import may still complete on the server. Refresh the list in a while.</source>
        <translation>服务器可能仍会完成导入，请稍后刷新列表。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported to “%1”.</source>
        <translation>
            <numerusform>已将 %Ln 个客户导出到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Your role does not allow copying customer data.</source>
        <translation>您的角色不允许复制客户资料。</translation>
    </message>
    <message>
        <source>Copy the selected customers&apos; shown columns (Ctrl+C)</source>
        <translation>复制选中客户的显示列（Ctrl+C）</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln customer(s) found within the filters; type more to narrow the search</source>
        <translation>
            <numerusform>在筛选条件内仅显示找到的前 %Ln 个客户，请输入更多内容以缩小范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found within the filters</source>
        <translation>
            <numerusform>在筛选条件内找到 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the selected customers: %1 of %Ln…</source>
        <translation>
            <numerusform>正在读取选中的客户：%1 / %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be copied at once. Nothing was copied: select fewer, or use Export to write them all to a file.</source>
        <translation>
            <numerusform>选中了 %Ln 个客户，一次最多可复制 %1 个。未复制任何内容：请少选一些，或用“导出”把它们全部写入文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done: the selected customers could not be read (%1).</source>
        <translation>未执行任何操作：无法读取选中的客户（%1）。</translation>
    </message>
    <message>
        <source>The list was loaded again before the selected customers were read. Nothing was done: select them again.</source>
        <translation>读取选中的客户之前，列表已重新加载。未执行任何操作：请重新选择。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %Ln selected customer(s)</source>
        <translation>
            <numerusform>正在读取选中的 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be moved to the recycle bin at once. Nothing was deleted: select fewer, or narrow the list with the filters.</source>
        <translation>
            <numerusform>选中了 %Ln 个客户，一次最多可将 %1 个移入回收站。未删除任何客户：请少选一些，或用筛选缩小列表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be restored at once. Nothing was restored: select fewer.</source>
        <translation>
            <numerusform>选中了 %Ln 个客户，一次最多可恢复 %1 个。未恢复任何客户：请少选一些。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be assigned at once. Nothing was assigned: select fewer, or narrow the list with the filters.</source>
        <translation>
            <numerusform>选中了 %Ln 个客户，一次最多可分配 %1 个。未分配任何客户：请少选一些，或用筛选缩小列表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be edited at once. Nothing was changed: select fewer, or narrow the list with the filters.</source>
        <translation>
            <numerusform>选中了 %Ln 个客户，一次最多可批量修改 %1 个。未修改任何客户：请少选一些，或用筛选缩小列表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be exported as a selection. Export all customers in the list instead, or select fewer.</source>
        <translation>
            <numerusform>选中了 %Ln 个客户，按选中导出最多 %1 个。请改为导出列表中的全部客户，或少选一些。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;CSV (UTF-8, opens in Excel and WPS)</source>
        <translation>CSV（UTF-8，可用 Excel 和 WPS 打开）(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）(&amp;X)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户范围</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected customer(s)</source>
        <translation>
            <numerusform>选中的 %n 个客户(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;selected customers (none is selected in the list)</source>
        <translation>选中的客户（列表中未选中任何客户）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All customers in the list</source>
        <translation>列表中的全部客户(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All customers that match the list&apos;s %n filter(s)</source>
        <translation>
            <numerusform>符合列表中 %n 个筛选条件的全部客户(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>The search “%1” is not applied to an export of the list: select the customers found to export just those.</source>
        <translation>导出列表时不会应用搜索“%1”：如只需导出搜索到的客户，请先在列表中选中它们。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>导出列</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>全选(&amp;L)</translation>
    </message>
    <message>
        <source>As in the &amp;list</source>
        <translation>与列表相同(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>customers</source>
        <extracomment>The name proposed for an exported file, followed by the date and the extension.</extracomment>
        <translation>客户</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <source>Choose the file to write, with its full path.</source>
        <translation>请选择要保存的文件，并填写完整路径。</translation>
    </message>
    <message>
        <source>The server is preparing the file…</source>
        <translation>服务器正在准备文件…</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <source>Fetching the file: %1 of %2…</source>
        <translation>正在下载文件：%1 / %2…</translation>
    </message>
    <message>
        <source>Could not fetch the file: %1</source>
        <translation>无法下载文件：%1</translation>
    </message>
    <message>
        <source>The &amp;selected customers (too many for one export)</source>
        <translation>选中的客户（太多，无法一次导出）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::FieldForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>A date such as 2026-03-05; 2026/3/5 and 20260305 are understood too</source>
        <translation>日期格式如 2026-03-05；也可输入 2026/3/5 或 20260305</translation>
    </message>
    <message>
        <source>11 digits, e.g. 138 0013 8000</source>
        <translation>11 位数字，如 138 0013 8000</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s label in a form; %1 is the field&apos;s name.</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2026-03-05.</source>
        <translation>请按“年-月-日”格式输入日期，例如 2026-03-05。</translation>
    </message>
    <message>
        <source>You may not change this field.</source>
        <translation>您无权修改此字段。</translation>
    </message>
    <message>
        <source>The selected person is not in your part of the company.</source>
        <translation>所选人员不在您的管理范围内。</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long: at most %n character(s).</source>
        <translation>
            <numerusform>内容过长：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a mobile number: enter 11 digits starting with 1, for example 138 0013 8000.</source>
        <translation>手机号码无效：请输入以 1 开头的 11 位数字，例如 138 0013 8000。</translation>
    </message>
    <message>
        <source>Not an e-mail address: enter it as name@example.com.</source>
        <translation>电子邮箱无效：请按 name@example.com 的格式输入。</translation>
    </message>
    <message>
        <source>Not a telephone number: use digits, spaces, + - ( ) and an extension.</source>
        <translation>电话号码无效：只能包含数字、空格、+ - ( ) 及分机号。</translation>
    </message>
    <message>
        <source>Not a web address: enter it as www.example.com.</source>
        <translation>网址无效：请按 www.example.com 的格式输入。</translation>
    </message>
    <message>
        <source>Enter an amount with at most two decimal places.</source>
        <translation>请输入金额，最多两位小数。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>请从列表中选择一项。</translation>
    </message>
    <message>
        <source>Choose a date (F4)</source>
        <translation>选择日期（F4）</translation>
    </message>
    <message>
        <source>Your role lets you see this field but not change it.</source>
        <translation>您的角色只能查看此字段，不能修改。</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file with one customer per row. The template lists every column the import understands.</source>
        <translation>CSV 或 Excel（XLSX）文件，每行一个客户。模板中列出了导入支持的所有列。</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;headers</source>
        <translation>第一行是列标题(&amp;H)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Start from the template to get the columns right: an Excel file with a header row and a sheet that explains each column.</source>
        <translation>建议从模板开始填写，以免列出错。模板是一个 Excel 文件，含标题行，另有一个工作表逐列说明填写要求。</translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation>保存模板(&amp;S)…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Choose for each column of the file the field it fills. Columns are matched by their headers; correct what was matched wrongly and leave out what is not needed.</source>
        <translation>为文件中的每一列选择对应的字段。系统已按列标题自动匹配；请更正匹配错误的列，不需要的列可设为不导入。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的列标题</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. This is what the import would do.</source>
        <translation>尚未导入任何数据，以下是导入的预览结果。</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效：</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Possible duplicates:</source>
        <translation>可能重复：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Rows that look like an existing customer</source>
        <translation>疑似与现有客户重复的行</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Update the existing customer</source>
        <translation>更新现有客户(&amp;U)</translation>
    </message>
    <message>
        <source>Fills in the row&apos;s values; empty cells leave the customer&apos;s values alone.</source>
        <translation>用该行的值更新客户；空单元格不会改动客户原有的值。</translation>
    </message>
    <message>
        <source>&amp;Create them anyway</source>
        <translation>仍然新建(&amp;C)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The server imports every row or none of them.</source>
        <translation>服务器要么导入全部行，要么一行也不导入。</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>停止等待(&amp;W)</translation>
    </message>
    <message>
        <source>The server cannot be stopped once the import has begun; this only stops the wait for its result.</source>
        <translation>导入一旦开始，服务器就无法中止；此按钮只是不再等待导入结果。</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>customer-import-template</source>
        <translation>客户导入模板</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Fetching the template…</source>
        <translation>正在获取模板…</translation>
    </message>
    <message>
        <source>Could not fetch the template: %1</source>
        <translation>无法获取模板：%1</translation>
    </message>
    <message>
        <source>The template was saved as “%1”.</source>
        <translation>模板已保存为“%1”。</translation>
    </message>
    <message>
        <source>Sending “%1” to the server…</source>
        <translation>正在将“%1”上传到服务器…</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts (200 MB at most).</source>
        <translation>文件超出服务器允许的大小（最大 200 MB）。</translation>
    </message>
    <message>
        <source>Could not send the file: %1</source>
        <translation>无法上传文件：%1</translation>
    </message>
    <message>
        <source>Go back to choose another file or to try again.</source>
        <translation>请返回上一步，选择其他文件或重试。</translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation>正在读取列…</translation>
    </message>
    <message>
        <source>The server could not read the file. Is it a CSV or XLSX file?</source>
        <translation>服务器无法读取该文件。请确认它是 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>Could not read the columns: %1</source>
        <translation>无法读取列：%1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the sample values of a column of the file being imported.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n column(s);</source>
        <translation>
            <numerusform>文件共有 %n 列；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them matched a field by its header.</source>
        <translation>
            <numerusform>其中 %n 列已按列标题匹配到字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds “%1”: every customer needs one.</source>
        <translation>请选择对应“%1”的列：每个客户都必须填写此项。</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <extracomment>An import column that fills a field of the customer&apos;s primary contact.</extracomment>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>正在检查文件中的每一行…</translation>
    </message>
    <message>
        <source>Could not check the file: %1</source>
        <translation>无法检查文件：%1</translation>
    </message>
    <message>
        <source>Cells with errors are marked in red; point at one to read what is wrong. The first, in row %1: %2</source>
        <translation>有错误的单元格已标为红色，将鼠标指向单元格可查看错误原因。第一个错误在第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>可导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported while the file has errors (%n found). Correct them in the file and choose it again, or go back and match the columns differently.</source>
        <translation>
            <numerusform>文件中有错误（共 %n 处），无法导入。请在文件中改正后重新选择该文件，或返回上一步重新匹配列。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no customers to import.</source>
        <translation>文件中没有可导入的客户。</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>row %1 of this file</source>
        <translation>本文件第 %1 行</translation>
    </message>
    <message>
        <source>“%1” (follower: %2)</source>
        <translation>“%1”（跟进人：%2）</translation>
    </message>
    <message>
        <source>a customer of %1</source>
        <translation>%1 的客户</translation>
    </message>
    <message>
        <source>%1 — same %2</source>
        <extracomment>A possible duplicate and what it shares with the row: “华为” (follower: 王五) — same name, mobile</extracomment>
        <translation>%1 — %2相同</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>重复（%1）</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>文件的 %1 列</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>正在导入 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has errors. %1</source>
        <translation>未导入任何数据：文件中有错误。%1</translation>
    </message>
    <message>
        <source>The server did not confirm the import (%1). If the connection was lost, the import may still have completed: refresh the customer list and check before you import the file again.</source>
        <translation>服务器未确认导入结果（%1）。如果是连接中断，导入可能已经完成：请先刷新客户列表核实，再决定是否重新导入该文件。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows processed…</source>
        <translation>已处理 %1 / %2 行…</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>导入完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created</source>
        <translation>
            <numerusform>新建 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) updated</source>
        <translation>
            <numerusform>更新 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped as duplicates</source>
        <translation>
            <numerusform>因重复跳过 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The client stopped waiting, but the server cannot stop an import once it has begun: it imports every row or none, and it may still finish. Refresh the customer list in a while to see whether the customers arrived before you import the file again.</source>
        <translation>客户端已停止等待，但导入一旦开始，服务器就无法中止：它要么导入全部行，要么一行也不导入，而且可能仍会完成。请稍后刷新客户列表，确认客户是否已导入，再决定是否重新导入该文件。</translation>
    </message>
    <message>
        <source>The file holds more rows than one import takes (%L1 customers at most). Split it into smaller files and import them one after another.</source>
        <translation>文件的行数超过一次导入的上限（最多 %L1 个客户）。请把它拆分成几个较小的文件，逐个导入。</translation>
    </message>
    <message>
        <source>The file has rows below the last row a spreadsheet can have (row %L1). Remove the empty rows at its end and try again.</source>
        <translation>文件中有超出电子表格最后一行（第 %L1 行）的行。请删除文件末尾的空行后重试。</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::PrincipalPickerDialog</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>A department stands for its members and those of every department below it.</source>
        <translation>选择部门即代表该部门及其所有下级部门的成员。</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>用户组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Your role may not list these.</source>
        <translation>您的角色无权列出这些项。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user, department or group to pick, followed by what tells it apart (login and department, member count).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>已在列表中</translation>
    </message>
    <message>
        <source>Find a name, login or pinyin initials…</source>
        <translation>查找姓名、登录名或拼音首字母…</translation>
    </message>
    <message>
        <source>No colleague matches.</source>
        <translation>没有匹配的同事。</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n are shown: type more of the name to narrow them.</source>
        <translation>
            <numerusform>只显示前 %n 个：请输入更多姓名文字以缩小范围。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::RecordAccessDialog</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Department, sub-departments included</source>
        <translation>部门（含下级部门）</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Who may see and edit “%1”</source>
        <translation>“%1”的查看和编辑权限</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>When anyone is listed here, only they, the editors, the follower, the creator and administrators see this customer. Those listed see it even outside their data scope.</source>
        <translation>此处一旦列出任何人，则只有这些人、编辑者、跟进人、创建人和管理员能看到该客户。列出的人员即使超出其数据范围也能看到该客户。</translation>
    </message>
    <message>
        <source>Add &amp;reader…</source>
        <translation>添加读者(&amp;R)…</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>May see and change this customer even outside their data scope, when their role lets them create and edit their own customers.</source>
        <translation>即使超出其数据范围，也可查看和修改该客户（前提是其角色允许新建和编辑自己的客户）。</translation>
    </message>
    <message>
        <source>Add &amp;editor…</source>
        <translation>添加编辑者(&amp;E)…</translation>
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
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take the selected ones off the list (Delete)</source>
        <translation>将所选项从列表中移除（Delete）</translation>
    </message>
    <message>
        <source>(deleted, number %1)</source>
        <extracomment>A department or group listed on a customer that has been deleted since.</extracomment>
        <translation>（已删除，编号 %1）</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates names in a list of readers or editors.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Restricted: seen only by the people listed, its follower, its creator and administrators.</source>
        <translation>受限：仅列出的人员、跟进人、创建人和管理员可见。</translation>
    </message>
    <message>
        <source>Seen by everyone whose data scope holds it.</source>
        <translation>数据范围包含该客户的所有人均可见。</translation>
    </message>
    <message>
        <source>Readers: %1</source>
        <translation>读者：%1</translation>
    </message>
    <message>
        <source>Editors: %1</source>
        <translation>编辑者：%1</translation>
    </message>
    <message>
        <source>Could not read who may see this customer: %1</source>
        <translation>无法读取该客户的查看权限：%1</translation>
    </message>
    <message>
        <source>You may see who else sees this customer but not change it: that is for its follower, its creator and the editors whose data scope holds it.</source>
        <translation>您可以查看还有谁能看到该客户，但不能修改：只有其跟进人、创建人以及数据范围包含该客户的编辑者才能修改。</translation>
    </message>
    <message>
        <source>Add readers</source>
        <translation>添加读者</translation>
    </message>
    <message>
        <source>Add editors</source>
        <translation>添加编辑者</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. The lists now show what was saved; make your change again.</source>
        <translation>在此期间，其他人修改了该客户。列表现已显示已保存的内容，请重新进行修改。</translation>
    </message>
    <message>
        <source>“%1” cannot be listed: %2</source>
        <translation>无法添加“%1”：%2</translation>
    </message>
    <message>
        <source>Could not save who may see this customer: %1</source>
        <translation>无法保存该客户的查看权限：%1</translation>
    </message>
</context>
<context>
    <name>cordial::client::notifications::NotificationButton</name>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>通知：%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation>通知：没有未读</translation>
    </message>
</context>
<context>
    <name>cordial::client::notifications::NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>全部标为已读(&amp;M)</translation>
    </message>
    <message>
        <source>Could not update the notifications: %1</source>
        <translation>无法更新通知：%1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Double-click to open the customer.</source>
        <translation>双击打开该客户。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>You have no notifications.</source>
        <translation>没有通知。</translation>
    </message>
    <message>
        <source>All read.</source>
        <translation>全部已读。</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
</context>
</TS>
