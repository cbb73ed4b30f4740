<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AdminText</name>
    <message>
        <source>Administrator</source>
        <translation>系統管理員</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>總監</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Role name: an ordinary employee who works with their own customers.</extracomment>
        <translation>業務員</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>工作階段已結束，請重新登入。</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>您沒有執行此操作的權限。</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted. Refresh and try again.</source>
        <translation>找不到該筆記錄，它可能已被刪除。請重新整理後再試一次。</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>輸入的內容無效。</translation>
    </message>
    <message>
        <source>This conflicts with existing data.</source>
        <translation>與現有資料衝突。</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>要求過於頻繁，請稍後再試。</translation>
    </message>
    <message>
        <source>The content is too large.</source>
        <translation>內容過大。</translation>
    </message>
    <message>
        <source>A server or network error occurred, and no changes were saved. Try again later.</source>
        <translation>伺服器或網路發生錯誤，未儲存任何變更。請稍後再試。</translation>
    </message>
    <message>
        <source>The client and server versions do not match.</source>
        <translation>用戶端與伺服器版本不相符。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This login is already taken. Choose another one.</source>
        <translation>此登入名稱已被使用，請換一個。</translation>
    </message>
    <message>
        <source>This change would leave the system without an enabled administrator.</source>
        <translation>這項變更會使系統中沒有可用的系統管理員。</translation>
    </message>
    <message>
        <source>A department with the same name already exists under the same parent department. Choose another name.</source>
        <translation>同一上層部門下已有同名的部門，請換一個名稱。</translation>
    </message>
    <message>
        <source>The selected item no longer exists; it may have been deleted.</source>
        <translation>所選項目已不存在，可能已被刪除。</translation>
    </message>
    <message>
        <source>The password does not meet the requirements.</source>
        <translation>密碼不符合要求。</translation>
    </message>
    <message>
        <source>A login may contain only letters, digits, dots (.), underscores (_) and hyphens (-), and at most 64 characters.</source>
        <translation>登入名稱只能包含字母、數字、句點(.)、底線(_)和連字號(-)，最長 64 個字元。</translation>
    </message>
    <message>
        <source>The name must not be empty and may have at most 100 characters.</source>
        <translation>姓名不可空白，最長 100 個字元。</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>電子郵件地址無效。</translation>
    </message>
    <message>
        <source>A mobile number may contain only digits, +, - and spaces.</source>
        <translation>手機號碼只能包含數字、+、- 和空格。</translation>
    </message>
    <message>
        <source>The department name must not be empty and may have at most 100 characters.</source>
        <translation>部門名稱不可空白，最長 100 個字元。</translation>
    </message>
    <message>
        <source>Everything, including access settings.</source>
        <translation>可執行全部操作，包括設定存取權限。</translation>
    </message>
    <message>
        <source>Reads and edits every record; reads the audit log.</source>
        <translation>可檢視和編輯所有記錄，並可檢視稽核記錄。</translation>
    </message>
    <message>
        <source>Edits the records of the department and those below it.</source>
        <translation>可編輯本部門及下層部門的記錄。</translation>
    </message>
    <message>
        <source>Creates records and edits their own.</source>
        <translation>可新增記錄並編輯自己的記錄。</translation>
    </message>
    <message>
        <source>Reads the records of the department and those below it.</source>
        <translation>可檢視本部門及下層部門的記錄。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>銷售</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>行事曆</translation>
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
        <source>Administration</source>
        <translation>系統管理</translation>
    </message>
    <message>
        <source>No access</source>
        <extracomment>Access level: the module is not available at all.</extracomment>
        <translation>無權存取</translation>
    </message>
    <message>
        <source>Depositor</source>
        <extracomment>Access level: may create records but not read others&apos;.</extracomment>
        <translation>存放者</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>讀者</translation>
    </message>
    <message>
        <source>Author</source>
        <extracomment>Access level: creates records and edits their own.</extracomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>編輯者</translation>
    </message>
    <message>
        <source>Designer</source>
        <extracomment>Access level: as editor, and may change fields and forms.</extracomment>
        <translation>設計者</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>access level</comment>
        <extracomment>Access level: everything, including access settings.</extracomment>
        <translation>管理者</translation>
    </message>
    <message>
        <source>The module is not available.</source>
        <translation>無法使用該模組。</translation>
    </message>
    <message>
        <source>Creates records but cannot read any, not even their own.</source>
        <translation>可新增記錄，但不能檢視任何記錄，包括自己新增的記錄。</translation>
    </message>
    <message>
        <source>Reads the records in the data scope.</source>
        <translation>可檢視資料範圍內的記錄。</translation>
    </message>
    <message>
        <source>Reads the records in the data scope, creates records and edits those they follow or created.</source>
        <translation>可檢視資料範圍內的記錄，可新增記錄，並可編輯自己跟進或建立的記錄。</translation>
    </message>
    <message>
        <source>Reads, creates and edits every record in the data scope.</source>
        <translation>可檢視、新增和編輯資料範圍內的所有記錄。</translation>
    </message>
    <message>
        <source>As editor, and changes fields and forms.</source>
        <translation>具有編輯者的全部權限，並可修改欄位和表單。</translation>
    </message>
    <message>
        <source>Own records</source>
        <extracomment>Data scope: the records the user follows.</extracomment>
        <translation>本人</translation>
    </message>
    <message>
        <source>Own department</source>
        <translation>本部門</translation>
    </message>
    <message>
        <source>Department and below</source>
        <translation>本部門及下層</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Assign</source>
        <extracomment>Extra right: give records to other users.</extracomment>
        <translation>指派</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>批次修改</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Purge</source>
        <extracomment>Extra right: erase records in the recycle bin for good.</extracomment>
        <translation>徹底刪除</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>Extra right: read the audit log.</extracomment>
        <translation>稽核記錄</translation>
    </message>
    <message>
        <source>Give records to other users and take them back.</source>
        <translation>將記錄指派給其他使用者，或將其收回。</translation>
    </message>
    <message>
        <source>Set one field on many records at once.</source>
        <translation>一次為多條記錄設定同一個欄位。</translation>
    </message>
    <message>
        <source>Import records from CSV or Excel files.</source>
        <translation>從 CSV 或 Excel 檔案匯入記錄。</translation>
    </message>
    <message>
        <source>Export records to CSV or Excel files.</source>
        <translation>將記錄匯出為 CSV 或 Excel 檔案。</translation>
    </message>
    <message>
        <source>Print records.</source>
        <translation>列印記錄。</translation>
    </message>
    <message>
        <source>Copy text out of lists and forms.</source>
        <translation>從清單和表單中複製文字。</translation>
    </message>
    <message>
        <source>Erase records in the recycle bin for good.</source>
        <translation>徹底刪除資源回收筒中的記錄。</translation>
    </message>
    <message>
        <source>Approve requests that need approval.</source>
        <translation>核准需經核准的申請。</translation>
    </message>
    <message>
        <source>Read the audit log (in Administration).</source>
        <translation>檢視稽核記錄（位於「系統管理」中）。</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Read-only</source>
        <comment>field access</comment>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>可編輯</translation>
    </message>
    <message>
        <source>through the department &quot;%1&quot;</source>
        <translation>透過部門「%1」</translation>
    </message>
    <message>
        <source>through the group &quot;%1&quot;</source>
        <translation>透過使用者群組「%1」</translation>
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
        <translation>您不能授予超出您自身權限的角色。</translation>
    </message>
    <message>
        <source>A chosen role no longer exists; it may have been deleted.</source>
        <translation>所選角色已不存在，可能已被刪除。</translation>
    </message>
    <message>
        <source>Your password must be changed before you can go on.</source>
        <translation>您必須先變更密碼才能繼續。</translation>
    </message>
    <message>
        <source>The server is busy saving another large change, such as an import, and nothing was saved. Try again in a moment.</source>
        <translation>伺服器正忙於儲存另一項大型變更（例如匯入），本次未儲存任何內容。請稍候再試。</translation>
    </message>
</context>
<context>
    <name>DepartmentNameDialog</name>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter a department name.</source>
        <translation>請輸入部門名稱。</translation>
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
        <translation>「%1」及其下層部門的所有人員，除自身的角色外，還擁有以下角色：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
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
        <translation>客戶名稱</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <source>Customer kind</source>
        <translation>客戶類別</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客戶類型</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>意向客戶</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>成交客戶</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>重點客戶</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失客戶</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Telephone 2</source>
        <translation>電話 2</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網址</translation>
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
        <translation>鄉鎮市區</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>客戶來源</translation>
    </message>
    <message>
        <source>Telephone marketing</source>
        <translation>電話行銷</translation>
    </message>
    <message>
        <source>Website / online</source>
        <translation>網站/網路</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展會</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>轉介紹</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>老客戶</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>廣告</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>製造業</translation>
    </message>
    <message>
        <source>IT and software</source>
        <translation>IT/軟體</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>通訊</translation>
    </message>
    <message>
        <source>Finance and insurance</source>
        <translation>金融保險</translation>
    </message>
    <message>
        <source>Wholesale and retail</source>
        <translation>批發零售</translation>
    </message>
    <message>
        <source>Construction and real estate</source>
        <translation>建築地產</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>交通物流</translation>
    </message>
    <message>
        <source>Energy and utilities</source>
        <translation>能源公用事業</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>醫療衛生</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Government and public sector</source>
        <translation>政府及公共事業</translation>
    </message>
    <message>
        <source>Media and advertising</source>
        <translation>傳媒廣告</translation>
    </message>
    <message>
        <source>Hotels and catering</source>
        <translation>飯店餐飲</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>農業</translation>
    </message>
    <message>
        <source>Business services</source>
        <translation>商務服務</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <source>A – key</source>
        <translation>A 類（重點）</translation>
    </message>
    <message>
        <source>B – important</source>
        <translation>B 類（重要）</translation>
    </message>
    <message>
        <source>C – normal</source>
        <translation>C 類（一般）</translation>
    </message>
    <message>
        <source>D – minor</source>
        <translation>D 類（次要）</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>註冊名稱</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>統一社會信用代碼</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>企業性質</translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation>國有</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>民營</translation>
    </message>
    <message>
        <source>Foreign-owned</source>
        <translation>外資</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合資</translation>
    </message>
    <message>
        <source>Sole proprietor</source>
        <translation>個體</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事業單位</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>政府機關</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>資本額</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>員工人數</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年營業額</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>主營產品</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>經營範圍</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>公司簡介</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>開戶銀行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>銀行帳號</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>稅號</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>發票抬頭</translation>
    </message>
    <message>
        <source>Invoice address</source>
        <translation>開票地址</translation>
    </message>
    <message>
        <source>Invoice telephone</source>
        <translation>開票電話</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>月結</translation>
    </message>
    <message>
        <source>Quarterly statement</source>
        <translation>季結</translation>
    </message>
    <message>
        <source>Prepayment</source>
        <translation>預付款</translation>
    </message>
    <message>
        <source>Bank acceptance bill</source>
        <translation>銀行承兌匯票</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <source>Total deal value</source>
        <translation>成交總額</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>客戶分組</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒體</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>電子期刊</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>價值等級</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高價值</translation>
    </message>
    <message>
        <source>Medium value</source>
        <translation>中價值</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>低價值</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>合作狀態</translation>
    </message>
    <message>
        <source>Not cooperating</source>
        <translation>未合作</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>洽談中</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暫停合作</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已終止</translation>
    </message>
    <message>
        <source>Contact cycle</source>
        <translation>聯絡週期</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每週</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每兩週</translation>
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
        <translation>銷售區域</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>客戶需求</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>跟進狀態</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>跟進中</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>已報價</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>已簽約</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近聯絡日期</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次聯絡日期</translation>
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
        <translation>預計金額</translation>
    </message>
    <message>
        <source>Expected closing date</source>
        <translation>預計成交日期</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>跟進人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>建立人</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Modified at</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <source>Assigned at</source>
        <translation>分配時間</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
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
        <translation>稱呼</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Department (at the customer)</source>
        <translation>所在部門</translation>
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
        <translation>愛好</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>上級姓名</translation>
    </message>
    <message>
        <source>Manager&apos;s telephone</source>
        <translation>上級電話</translation>
    </message>
    <message>
        <source>Assistant&apos;s name</source>
        <translation>助理姓名</translation>
    </message>
    <message>
        <source>Assistant&apos;s telephone</source>
        <translation>助理電話</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍貫</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>中學</translation>
    </message>
    <message>
        <source>College</source>
        <translation>大專</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>大學</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>碩士</translation>
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
        <translation>家庭情況</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Notes about the contact</source>
        <translation>聯絡人備註</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要聯絡人</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>學歷</translation>
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
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
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
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the file %1: %2</source>
        <translation>無法寫入檔案 %1：%2</translation>
    </message>
</context>
<context>
    <name>MachineKey</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>無法啟動加密程式庫。</translation>
    </message>
    <message>
        <source>The computer key %1 could not be read: %2</source>
        <translation>無法讀取電腦金鑰 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 does not hold a computer key. Move it away to make a new key; an administrator must then approve this computer again.</source>
        <translation>檔案 %1 中不是電腦金鑰。請將該檔案移走以產生新金鑰；之後需由管理員重新核准此電腦。</translation>
    </message>
    <message>
        <source>The computer key could not be saved in %1: %2</source>
        <translation>無法將電腦金鑰儲存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>MachineText</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待核准</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>Your account may log in only from computers an administrator has approved.</source>
        <translation>您的帳號只能在管理員核准的電腦上登入。</translation>
    </message>
    <message>
        <source>This client did not identify the computer, so it cannot log in here. Tell your administrator.</source>
        <translation>此用戶端未提供電腦識別資訊，因此無法在此登入。請通知管理員。</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>電腦：%1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指紋：%1</translation>
    </message>
    <message>
        <source>An administrator has revoked this computer&apos;s approval.</source>
        <translation>管理員已撤銷此電腦的核准。</translation>
    </message>
    <message>
        <source>Ask your administrator to approve it again in Administration › Computers.</source>
        <translation>請管理員在「系統管理 › 電腦」中重新核准此電腦。</translation>
    </message>
    <message>
        <source>This computer has not been approved yet.</source>
        <translation>此電腦尚未獲得核准。</translation>
    </message>
    <message>
        <source>Read the fingerprint to your administrator, who approves the computer in Administration › Computers; then log in again.</source>
        <translation>請將指紋告訴管理員，由管理員在「系統管理 › 電腦」中核准此電腦，然後重新登入。</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message numerus="yes">
        <source>%1 made you a follower of %n customer(s).</source>
        <translation>
            <numerusform>%1 將你設為 %n 個客戶的協同跟進人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned %n customer(s) to you.</source>
        <translation>
            <numerusform>%1 將 %n 個客戶分配給了你。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added followers to %n customer(s) that you follow.</source>
        <translation>
            <numerusform>%1 為你跟進的 %n 個客戶新增了協同跟進人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned %n customer(s) that you followed to someone else.</source>
        <translation>
            <numerusform>%1 將你跟進的 %n 個客戶分配給了他人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added followers to %n customer(s) that you created.</source>
        <translation>
            <numerusform>%1 為你建立的 %n 個客戶新增了協同跟進人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned %n customer(s) that you created to someone else.</source>
        <translation>
            <numerusform>%1 將你建立的 %n 個客戶分配給了他人。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tried to log in from the computer %2 (fingerprint %3), which waits for your approval in Administration › Computers.</source>
        <translation>%1 嘗試從電腦 %2（指紋 %3）登入，該電腦正在「系統管理 › 電腦」中等待你核准。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>確認密碼(&amp;C)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>請輸入新密碼。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Set a temporary password for &quot;%1&quot; (%2) and tell it to them. At the next login they must choose their own. The sessions in which this user is logged in will be ended.</source>
        <translation>為「%1」（%2）設定臨時密碼並告知對方。對方下次登入時必須設定自己的密碼。該使用者已登入的工作階段將全部結束。</translation>
    </message>
</context>
<context>
    <name>cordial::client::AdministrationPage</name>
    <message>
        <source>Departments (&amp;1)</source>
        <translation>部門(&amp;1)</translation>
    </message>
    <message>
        <source>Users (&amp;2)</source>
        <translation>使用者(&amp;2)</translation>
    </message>
    <message>
        <source>Could not determine your permissions, so editing is turned off: %1</source>
        <translation>無法確認您的權限，編輯功能已關閉：%1</translation>
    </message>
    <message>
        <source>Roles (&amp;3)</source>
        <translation>角色(&amp;3)</translation>
    </message>
    <message>
        <source>Groups (&amp;4)</source>
        <translation>使用者群組(&amp;4)</translation>
    </message>
    <message>
        <source>Sessions (&amp;5)</source>
        <translation>工作階段(&amp;5)</translation>
    </message>
    <message>
        <source>Login bans (&amp;6)</source>
        <translation>登入封鎖(&amp;6)</translation>
    </message>
    <message>
        <source>Audit log (&amp;7)</source>
        <translation>稽核記錄(&amp;7)</translation>
    </message>
    <message>
        <source>Custom fields (&amp;8)</source>
        <translation>自訂欄位(&amp;8)</translation>
    </message>
    <message>
        <source>Computers (&amp;9)</source>
        <translation>電腦(&amp;9)</translation>
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
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>Create department</source>
        <translation>新增部門</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>修改部門</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>刪除部門</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>修改使用者</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用使用者</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>啟用使用者</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
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
        <translation>編號</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名稱</translation>
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
        <translation>部門編號</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a department</comment>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Parent department ID</source>
        <translation>上層部門編號</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>使用者數</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>使用者編號</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>電腦</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header: the network address the action came from.</extracomment>
        <translation>位址</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: the kind of record the action concerns (session, user, department).</extracomment>
        <translation>物件</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>物件編號</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有使用者</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>物件(&amp;O)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>從(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>The suggested name of the exported file.</extracomment>
        <translation>稽核記錄</translation>
    </message>
    <message>
        <source>Verify audit chain</source>
        <translation>驗證稽核鏈</translation>
    </message>
    <message>
        <source>Check whether records of the audit log have been changed, deleted or inserted</source>
        <translation>檢查稽核記錄中是否有記錄曾遭修改、刪除或插入</translation>
    </message>
    <message>
        <source>Select a record to see the values before and after the change.</source>
        <translation>選取一筆記錄以檢視修改前後的內容。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <source>Could not load the audit log: %1</source>
        <translation>無法載入稽核記錄：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Record #%1 · %2 · %3 · %4</source>
        <translation>記錄 #%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>no changes recorded</source>
        <translation>未記錄修改內容</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在驗證…</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>無法驗證：%1</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit chain is intact: %Ln record(s) checked, no tampering found.</source>
        <translation>
            <numerusform>✔ 稽核鏈完整：已驗證 %Ln 筆記錄，未發現任何竄改。</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The audit chain is broken at record #%1: this record, or one next to it, has been changed, deleted or inserted. Tell your system administrator and keep the database backups.</source>
        <translation>✘ 稽核鏈在記錄 #%1 處中斷：該記錄或其前後的記錄曾遭修改、刪除或插入。請通知系統管理員並保留資料庫備份。</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>新增角色</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>刪除角色</translation>
    </message>
    <message>
        <source>Create user group</source>
        <translation>新增使用者群組</translation>
    </message>
    <message>
        <source>Edit user group</source>
        <translation>修改使用者群組</translation>
    </message>
    <message>
        <source>Delete user group</source>
        <translation>刪除使用者群組</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>使用者群組</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>登入被拒</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>撤銷工作階段</translation>
    </message>
    <message>
        <source>Lift login ban</source>
        <translation>解除登入封鎖</translation>
    </message>
    <message>
        <source>Login ban</source>
        <translation>登入封鎖</translation>
    </message>
    <message>
        <source>Must change password at next login</source>
        <translation>下次登入時須變更密碼</translation>
    </message>
    <message>
        <source>Password to be changed</source>
        <translation>須變更密碼</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Login or address</source>
        <translation>登入名稱或位址</translation>
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
    <message numerus="yes">
        <source>The new password is too short: it needs at least %n character(s).</source>
        <translation>
            <numerusform>新密碼太短：至少需要 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different one.</source>
        <translation>新密碼與目前密碼相同。請另選一個密碼。</translation>
    </message>
    <message numerus="yes">
        <source>You have used this password recently. Choose one that differs from your last %n password(s).</source>
        <translation>
            <numerusform>您最近使用過此密碼。請選擇一個與最近 %n 個密碼都不同的密碼。</numerusform>
        </translation>
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
    <name>cordial::client::DepartmentsPage</name>
    <message>
        <source>New sub-department</source>
        <translation>新增下層部門</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移動到…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>Column header: how many users the department has.</extracomment>
        <translation>使用者數</translation>
    </message>
    <message>
        <source>Could not load the departments: %1</source>
        <translation>無法載入部門清單：%1</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新增部門</translation>
    </message>
    <message>
        <source>Name of the new sub-department of &quot;%1&quot;:</source>
        <translation>「%1」的下層部門名稱：</translation>
    </message>
    <message>
        <source>Name of the new department:</source>
        <translation>新部門名稱：</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>重新命名部門</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>「%1」的新名稱：</translation>
    </message>
    <message>
        <source>Move department</source>
        <translation>移動部門</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to:</source>
        <translation>將「%1」移動到：</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>（最上層部門）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not move the department &quot;%1&quot;: %2</source>
        <translation>無法移動部門「%1」：%2</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>刪除部門</translation>
    </message>
    <message>
        <source>Delete the department &quot;%1&quot;?</source>
        <translation>確定要刪除部門「%1」嗎？</translation>
    </message>
    <message>
        <source>Only a department without users and sub-departments can be deleted.</source>
        <translation>只能刪除沒有使用者和下層部門的部門。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; has been deleted.</source>
        <translation>已刪除部門「%1」。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be deleted: it still has users or sub-departments. Move its users to other departments and move or delete its sub-departments first.</source>
        <translation>無法刪除部門「%1」：它還有使用者或下層部門。請先將使用者調到其他部門，並移走或刪除下層部門。</translation>
    </message>
    <message>
        <source>Could not delete the department &quot;%1&quot;: %2</source>
        <translation>無法刪除部門「%1」：%2</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <source>Give roles to everyone in the selected department and the departments below it</source>
        <translation>為所選部門及其下層部門的所有人員授予角色</translation>
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
        <translation>停用使用者</translation>
    </message>
    <message>
        <source>The manager of their department</source>
        <translation>所在部門的經理</translation>
    </message>
    <message>
        <source>&amp;Hand customers to:</source>
        <translation>客戶轉交給(&amp;H)：</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>無法載入使用者清單：%1</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>Their department has no manager (nor has any department above it). Choose a colleague instead.</source>
        <translation>該使用者所在部門（及其所有上層部門）都沒有經理。請改為選擇一位同事。</translation>
    </message>
    <message>
        <source>You cannot disable yourself or the last enabled administrator.</source>
        <translation>不能停用自己，也不能停用最後一位可用的系統管理員。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) will no longer be able to log in, and their open sessions end at once. The customers they follow pass to the successor you choose, who is told about it, and the successor takes their place where customers list them as reader or editor. You can enable the user again later; the customers stay with the successor.</source>
        <translation>「%1」（%2）將無法再登入，其已開啟的工作階段會立即結束。其跟進的客戶將移交給您選擇的接替人，接替人會收到通知；在將其列為讀者或編輯者的客戶上，也由接替人取代其位置。以後可以重新啟用該使用者，但客戶仍歸接替人。</translation>
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
    <message>
        <source>%1
The server says: %2</source>
        <translation>%1
伺服器回應：%2</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>正在登出…</translation>
    </message>
    <message>
        <source>An administrator has set a temporary password for your account. Choose your own password to continue.</source>
        <translation>管理員為您的帳號設定了臨時密碼。請設定您自己的密碼以繼續。</translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new password to continue.</source>
        <translation>您的密碼已過期。請設定新密碼以繼續。</translation>
    </message>
    <message>
        <source>%1
The password was not changed, so you have been logged out. Log in again to change it.</source>
        <translation>%1
密碼未變更，因此您已登出。請重新登入以變更密碼。</translation>
    </message>
    <message>
        <source>Your account may not log in from this computer&apos;s network address. Log in from the office network, or ask your administrator to allow this address.</source>
        <translation>您的帳號不允許從此電腦的網路位址登入。請從辦公室網路登入，或請管理員允許此位址。</translation>
    </message>
    <message>
        <source>The server is busy saving a large change, such as an import. Try again in a moment.</source>
        <translation>伺服器正忙於儲存一項大型變更（例如匯入）。請稍候再試。</translation>
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
    <message>
        <source>New notification: %1</source>
        <translation>新通知：%1</translation>
    </message>
    <message>
        <source>This &amp;computer…</source>
        <translation>本機資訊(&amp;C)…</translation>
    </message>
    <message>
        <source>An administrator changed what you may do, but Cordial could not read your new permissions: %1. Log out and in again to see them.</source>
        <translation>管理員變更了您的權限，但 Cordial 無法讀取新的權限：%1。請登出後重新登入以查看。</translation>
    </message>
    <message>
        <source>An administrator changed what you may do. Cordial now shows the modules and actions your new permissions allow; no need to log in again.</source>
        <translation>管理員變更了您的權限。Cordial 已依新的權限顯示可用的模組和操作，無需重新登入。</translation>
    </message>
    <message>
        <source>An administrator changed what you may do: %1 is no longer available to you. Cordial now shows what your new permissions allow.</source>
        <translation>管理員變更了您的權限：您已無法使用%1。Cordial 已依新的權限顯示可用的內容。</translation>
    </message>
</context>
<context>
    <name>cordial::client::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
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
    <name>cordial::client::ThisComputerDialog</name>
    <message>
        <source>This computer</source>
        <translation>本機資訊</translation>
    </message>
    <message>
        <source>Where your company allows some accounts to log in only from approved computers, an administrator approves each computer by its fingerprint. Read it to them, or compare it with what they see in Administration › Computers.</source>
        <translation>如果貴公司規定某些帳號只能在已核准的電腦上登入，管理員會依據指紋逐台核准電腦。請將指紋告訴管理員，或與管理員在「系統管理 › 電腦」中看到的指紋進行核對。</translation>
    </message>
    <message>
        <source>Computer name:</source>
        <translation>電腦名稱：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指紋：</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>金鑰檔案：</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>複製指紋(&amp;C)</translation>
    </message>
    <message>
        <source>The key file is this computer&apos;s identity: keep it private. A copy of it on another computer would pass for this one; deleting it makes a new key, which must be approved again.</source>
        <translation>金鑰檔案是此電腦的身分憑證，請妥善保管，切勿外洩。若將其複製到其他電腦上，那台電腦就會被視為此電腦；刪除金鑰檔案則會產生新金鑰，需要重新核准。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>This client could not read or create its key file, so it cannot log in where approved computers are required. Check that the folder of the key file can be written.</source>
        <translation>此用戶端無法讀取或建立金鑰檔案，因此在要求使用已核准電腦的情況下無法登入。請檢查金鑰檔案所在的資料夾是否可寫入。</translation>
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
        <source>New user</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>編輯使用者</translation>
    </message>
    <message>
        <source>Letters, digits, dots, underscores or hyphens</source>
        <translation>字母、數字、句點、底線或連字號</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登入名稱(&amp;L)：</translation>
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
        <translation>部門(&amp;D)：</translation>
    </message>
    <message>
        <source>Job &amp;title:</source>
        <translation>職稱(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手機(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>確認密碼(&amp;C)：</translation>
    </message>
    <message>
        <source>The login cannot be changed once the user has been created.</source>
        <translation>登入名稱建立後無法變更。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(Choose a department)</source>
        <translation>（請選擇部門）</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>請輸入登入名稱。</translation>
    </message>
    <message>
        <source>A login may contain only letters, digits, dots (.), underscores (_) and hyphens (-).</source>
        <translation>登入名稱只能包含字母、數字、句點(.)、底線(_)和連字號(-)。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>請輸入姓名。</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>請選擇部門。</translation>
    </message>
    <message>
        <source>The email address is not valid. It should look like zhang.san@example.com.</source>
        <translation>電子郵件地址格式不正確，例如 zhang.san@example.com。</translation>
    </message>
    <message>
        <source>A mobile number may contain only digits, +, - and spaces.</source>
        <translation>手機號碼只能包含數字、+、- 和空格。</translation>
    </message>
    <message>
        <source>Enter an initial password.</source>
        <translation>請輸入初始密碼。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Roles this user holds besides the primary role. The user may do everything any of them grants.</source>
        <translation>該使用者除主角色外擁有的其他角色。該使用者可執行其中任一角色允許的全部操作。</translation>
    </message>
    <message>
        <source>E&amp;xtra roles:</source>
        <translation>附加角色(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Why can this user…?</source>
        <translation>檢視權限來源(&amp;W)…</translation>
    </message>
    <message>
        <source>Show what this user may do in each module and which roles grant it</source>
        <translation>顯示該使用者在各模組中可執行的操作，以及授予這些權限的角色</translation>
    </message>
    <message>
        <source>Only from computers an administrator has &amp;approved</source>
        <translation>僅限管理員已核准的電腦(&amp;A)</translation>
    </message>
    <message>
        <source>Administration › Computers lists the computers and their approval.</source>
        <translation>「系統管理 › 電腦」中列出了各台電腦及其核准狀態。</translation>
    </message>
    <message>
        <source>Log in:</source>
        <translation>登入限制：</translation>
    </message>
</context>
<context>
    <name>cordial::client::UsersPage</name>
    <message>
        <source>Login</source>
        <translation>登入名稱</translation>
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
        <translation>部門</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>The suggested name of the exported file.</extracomment>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Search by login or name…</source>
        <translation>搜尋登入名稱或姓名…</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部門(&amp;D)：</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>所有部門</translation>
    </message>
    <message>
        <source>S&amp;how disabled users</source>
        <translation>顯示已停用(&amp;H)</translation>
    </message>
    <message>
        <source>Could not load the user list: %1</source>
        <translation>無法載入使用者清單：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln user(s)</source>
        <translation>
            <numerusform>已顯示 %1 / 共 %Ln 位使用者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>共 %Ln 位使用者</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>The user has been created.</source>
        <translation>已建立使用者。</translation>
    </message>
    <message>
        <source>Could not enable the user &quot;%1&quot;: %2</source>
        <translation>無法啟用使用者「%1」：%2</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been enabled.</source>
        <translation>已啟用使用者「%1」。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been disabled.</source>
        <translation>已停用使用者「%1」。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Why can this user…?</source>
        <translation>檢視權限來源…</translation>
    </message>
    <message>
        <source>Show what the selected user may do in each module and which roles grant it</source>
        <translation>顯示所選使用者在各模組中可執行的操作，以及授予這些權限的角色</translation>
    </message>
    <message numerus="yes">
        <source>The user &quot;%1&quot; has been disabled; %n customer(s) passed to %2.</source>
        <translation>
            <numerusform>已停用使用者「%1」，%n 個客戶已轉交給 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; has been reset. They will choose their own at the next login.</source>
        <translation>已重設「%1」的密碼。對方下次登入時將設定自己的密碼。</translation>
    </message>
    <message numerus="yes">
        <source>Where %n customer(s) listed them as reader or editor, %1 is listed instead.</source>
        <translation>
            <numerusform>在將其列為讀者或編輯者的 %n 個客戶上，已改為列出 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::AccessDialog</name>
    <message>
        <source>Access of %1</source>
        <translation>%1 的權限</translation>
    </message>
    <message>
        <source>What %1 may do, and which roles grant it. Several roles together give everything any of them grants: the highest level, the widest scope and every extra right; a field stays hidden or read-only only if every role that grants the module restricts it.</source>
        <translation>%1 可以執行哪些操作，以及由哪些角色授予。擁有多個角色時，可獲得其中任一角色授予的全部權限：最高的存取層級、最大的資料範圍和所有附加權限；只有授予該模組的每個角色都限制了某個欄位，該欄位才會保持隱藏或唯讀。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Roles held</source>
        <translation>擁有的角色</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>獲得方式</translation>
    </message>
    <message>
        <source>What the roles allow</source>
        <translation>角色允許的操作</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模組</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>存取層級</translation>
    </message>
    <message>
        <source>Data scope</source>
        <translation>資料範圍</translation>
    </message>
    <message>
        <source>Extra rights</source>
        <translation>附加權限</translation>
    </message>
    <message>
        <source>Restricted fields</source>
        <translation>受限欄位</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>授權來源</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Could not read this user&apos;s access: %1</source>
        <translation>無法讀取該使用者的權限：%1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>部門「%1」</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>使用者群組「%1」</translation>
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
        <translation>聯絡人 - %1</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::BansPage</name>
    <message>
        <source>the login “%1”</source>
        <translation>登入名稱「%1」</translation>
    </message>
    <message>
        <source>the address %1</source>
        <translation>位址 %1</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>封鎖類型</translation>
    </message>
    <message>
        <source>Login or address</source>
        <translation>登入名稱或位址</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>失敗次數</translation>
    </message>
    <message>
        <source>Blocked until</source>
        <translation>封鎖截止時間</translation>
    </message>
    <message>
        <source>Filter by login or address…</source>
        <translation>按登入名稱或位址篩選…</translation>
    </message>
    <message>
        <source>Login bans</source>
        <extracomment>The suggested name of an exported list of blocked logins and addresses.</extracomment>
        <translation>登入封鎖</translation>
    </message>
    <message>
        <source>Could not load the login bans: %1</source>
        <translation>無法載入登入封鎖清單：%1</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <source>No login or address is blocked.
After repeated failed logins the server blocks the login or the computer&apos;s address for a while; such blocks are listed here.</source>
        <translation>沒有被封鎖的登入名稱或位址。
多次登入失敗後，伺服器會暫時封鎖該登入名稱或該電腦的位址；此類封鎖會列在這裡。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <source>Computer address</source>
        <translation>電腦位址</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n 項封鎖</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift login ban</source>
        <translation>解除登入封鎖</translation>
    </message>
    <message>
        <source>Lift the block on %1?</source>
        <translation>解除對 %1 的封鎖？</translation>
    </message>
    <message>
        <source>Logins are accepted again at once and the failed attempts are forgotten. If someone is guessing passwords, the block comes back after the next failures.</source>
        <translation>將立即重新接受登入，並清除失敗嘗試記錄。如果有人在猜測密碼，之後再次失敗時封鎖會重新生效。</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>The block on %1 has been lifted.</source>
        <translation>已解除對 %1 的封鎖。</translation>
    </message>
    <message>
        <source>Could not lift the block on %1: %2</source>
        <translation>無法解除對 %1 的封鎖：%2</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::GroupEditorDialog</name>
    <message>
        <source>New user group</source>
        <translation>新增使用者群組</translation>
    </message>
    <message>
        <source>User group – %1</source>
        <translation>使用者群組 – %1</translation>
    </message>
    <message>
        <source>For example: Key account team, Trade fair staff</source>
        <translation>例如：大客戶團隊、展會人員</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Find by name, login or department…</source>
        <translation>按姓名、登入名稱或部門尋找…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Roles every member holds</source>
        <translation>每位成員都擁有的角色</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) chosen.</source>
        <translation>
            <numerusform>已選擇 %n 位成員。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) outside your part of the company are not shown.</source>
        <translation>
            <numerusform>另有 %n 位成員不在您的管理範圍內，未顯示。</numerusform>
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
        <translation>請輸入使用者群組名稱。</translation>
    </message>
    <message>
        <source>Another group already has this name. Choose another name.</source>
        <translation>已有同名使用者群組，請換一個名稱。</translation>
    </message>
    <message>
        <source>A group name has 1 to 64 characters.</source>
        <translation>使用者群組名稱長度應為 1 至 64 個字元。</translation>
    </message>
    <message>
        <source>A chosen member is not a user you can see; they may have been moved or deleted.</source>
        <translation>所選成員中有您無權檢視的使用者，該使用者可能已被調動或刪除。</translation>
    </message>
    <message>
        <source>You cannot give a role that grants more than you hold yourself.</source>
        <translation>您不能授予超出您自身權限的角色。</translation>
    </message>
    <message>
        <source>A chosen role no longer exists; it may have been deleted.</source>
        <translation>所選角色已不存在，可能已被刪除。</translation>
    </message>
    <message>
        <source>You may not change this group: some of its members are outside your part of the company. Ask an administrator.</source>
        <translation>您無權修改該使用者群組：其部分成員不在您的管理範圍內。請聯絡系統管理員。</translation>
    </message>
    <message>
        <source>Someone else changed this group while you were editing it. The dialog now shows their version; make your changes again and save.</source>
        <translation>在您編輯期間，其他人修改了該使用者群組。對話方塊現在顯示的是對方的版本，請重新修改後儲存。</translation>
    </message>
    <message>
        <source>Someone else deleted this group while you were editing it.</source>
        <translation>在您編輯期間，其他人刪除了該使用者群組。</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::GroupsPage</name>
    <message>
        <source>Group</source>
        <translation>使用者群組</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員數</translation>
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
        <translation>新增使用者群組…</translation>
    </message>
    <message>
        <source>Filter by name, role or description…</source>
        <translation>按名稱、角色或描述篩選…</translation>
    </message>
    <message>
        <source>User groups</source>
        <extracomment>The suggested name of an exported list of user groups.</extracomment>
        <translation>使用者群組</translation>
    </message>
    <message>
        <source>Could not load the user groups: %1</source>
        <translation>無法載入使用者群組清單：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>共 %n 個使用者群組</numerusform>
        </translation>
    </message>
    <message>
        <source>The group has been created.</source>
        <translation>已建立使用者群組。</translation>
    </message>
    <message>
        <source>The group has been saved.</source>
        <translation>已儲存使用者群組。</translation>
    </message>
    <message>
        <source>Delete user group</source>
        <translation>刪除使用者群組</translation>
    </message>
    <message>
        <source>Delete the group “%1”?</source>
        <translation>確定要刪除使用者群組「%1」嗎？</translation>
    </message>
    <message>
        <source>Its members lose the roles the group gave them; the users themselves stay.</source>
        <translation>其成員將失去該使用者群組授予的角色，但使用者本身不受影響。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>The group “%1” has been deleted.</source>
        <translation>已刪除使用者群組「%1」。</translation>
    </message>
    <message>
        <source>Could not delete the group “%1”: %2</source>
        <translation>無法刪除使用者群組「%1」：%2</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::MachineDialog</name>
    <message>
        <source>Approve computer</source>
        <translation>核准電腦</translation>
    </message>
    <message>
        <source>Rename computer</source>
        <translation>重新命名電腦</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the user reads from their screen (Settings › This computer, or the login window). Approve only when they match: users who may log in only from approved computers can then log in from this one.</source>
        <translation>請將此指紋與使用者從其螢幕上讀出的指紋（位於「設定 › 本機資訊」或登入視窗中）進行核對。僅在兩者一致時才核准：核准後，只能在已核准電腦上登入的使用者即可在這台電腦上登入。</translation>
    </message>
    <message>
        <source>The name is only for people; the computer is known by its key, whose fingerprint is below.</source>
        <translation>名稱僅供人員辨識；系統透過金鑰辨識電腦，其指紋顯示在下方。</translation>
    </message>
    <message>
        <source>e.g. Front desk PC, Shanghai office</source>
        <translation>例如：上海辦公室櫃檯電腦</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指紋：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Last user:</source>
        <translation>最後登入使用者：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重新命名(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Give the computer a name, such as where it stands.</source>
        <translation>請為電腦命名，例如依其所在位置命名。</translation>
    </message>
    <message>
        <source>Someone else changed this computer meanwhile. Close this window; the list shows it as it is now.</source>
        <translation>在此期間，其他人修改了此電腦。請關閉此視窗，清單中顯示的是其目前狀態。</translation>
    </message>
    <message>
        <source>Someone else deleted this computer meanwhile.</source>
        <translation>在此期間，其他人刪除了此電腦。</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::MachinesPage</name>
    <message>
        <source>Computer</source>
        <translation>電腦</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Last user</source>
        <translation>最後登入使用者</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後登入時間</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次登入時間</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>核准人</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>核准時間</translation>
    </message>
    <message>
        <source>Filter by computer, fingerprint, status or user…</source>
        <translation>按電腦、指紋、狀態或使用者篩選…</translation>
    </message>
    <message>
        <source>Computers</source>
        <extracomment>The suggested name of an exported list of computers.</extracomment>
        <translation>電腦</translation>
    </message>
    <message>
        <source>Could not load the computers: %1</source>
        <translation>無法載入電腦清單：%1</translation>
    </message>
    <message>
        <source>No computer has logged in with its key yet.</source>
        <translation>還沒有電腦使用其金鑰登入過。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>核准…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤銷…</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>共 %n 台電腦</numerusform>
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
            <numerusform>%n 台待核准</numerusform>
        </translation>
    </message>
    <message>
        <source>The computer “%1” has been approved.</source>
        <translation>已核准電腦「%1」。</translation>
    </message>
    <message>
        <source>The computer has been renamed “%1”.</source>
        <translation>已將電腦重新命名為「%1」。</translation>
    </message>
    <message>
        <source>Revoke computer</source>
        <translation>撤銷電腦核准</translation>
    </message>
    <message>
        <source>Revoke the approval of the computer “%1” (fingerprint %2)?</source>
        <translation>撤銷電腦「%1」（指紋 %2）的核准？</translation>
    </message>
    <message>
        <source>Users who may log in only from approved computers can no longer log in from it, and their sessions there end at their next request. You can approve it again later.</source>
        <translation>只能在已核准電腦上登入的使用者將無法再從這台電腦登入，他們在這台電腦上的工作階段將在下一次要求時結束。以後您可以重新核准這台電腦。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The approval of the computer “%1” has been revoked.</source>
        <translation>已撤銷電腦「%1」的核准。</translation>
    </message>
    <message>
        <source>Delete computer</source>
        <translation>刪除電腦</translation>
    </message>
    <message>
        <source>Delete the computer “%1” from the list?</source>
        <translation>從清單中刪除電腦「%1」？</translation>
    </message>
    <message>
        <source>Its approval goes with it. If it logs in again, it is listed anew, waiting for approval.</source>
        <translation>其核准也將一併刪除。如果這台電腦再次登入，它會重新出現在清單中，等待核准。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>The computer “%1” has been deleted from the list.</source>
        <translation>已從清單中刪除電腦「%1」。</translation>
    </message>
    <message>
        <source>Someone else changed the computer “%1” meanwhile. The list now shows it as it is; check it and try again.</source>
        <translation>在此期間，其他人修改了電腦「%1」。清單現已顯示其目前狀態，請核對後重試。</translation>
    </message>
    <message>
        <source>Could not change the computer “%1”: %2</source>
        <translation>無法修改電腦「%1」：%2</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::RecordsPage</name>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
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
        <translation>主角色，已在上方選擇。</translation>
    </message>
</context>
<context>
    <name>cordial::client::admin::RoleEditorDialog</name>
    <message>
        <source>New role</source>
        <translation>新增角色</translation>
    </message>
    <message>
        <source>Role – %1</source>
        <translation>角色 – %1</translation>
    </message>
    <message>
        <source>Edit role – %1</source>
        <translation>編輯角色 – %1</translation>
    </message>
    <message>
        <source>For example: Finance, Temporary staff, Shanghai branch</source>
        <translation>例如：財務、臨時人員、上海分公司</translation>
    </message>
    <message>
        <source>Who gets this role and why</source>
        <translation>哪些人獲得此角色，以及原因</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>模組(&amp;M)</translation>
    </message>
    <message>
        <source>Customer &amp;fields</source>
        <translation>客戶欄位(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sign-in restrictions</source>
        <translation>登入限制(&amp;S)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A built-in role keeps its name.</source>
        <translation>內建角色不能改名。</translation>
    </message>
    <message>
        <source>For each part of Cordial, choose how much the role may do, whose records it sees and which extra rights it adds. A person holding several roles gets everything any of them grants.</source>
        <translation>為 Cordial 的每個模組選擇該角色可執行的操作、可檢視哪些人的記錄，以及附加哪些權限。擁有多個角色的人員可獲得其中任一角色授予的全部權限。</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模組</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>存取層級</translation>
    </message>
    <message>
        <source>How much the role may do in the module</source>
        <translation>該角色在此模組中可執行的操作</translation>
    </message>
    <message>
        <source>Data scope</source>
        <translation>資料範圍</translation>
    </message>
    <message>
        <source>Whose records the role sees</source>
        <translation>該角色可檢視哪些人的記錄</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <extracomment>Tool tip of an extra right&apos;s check box: %1 the right, %2 the module.</extracomment>
        <translation>%2模組的%1權限：%3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>On the tab</source>
        <translation>所在分頁</translation>
    </message>
    <message>
        <source>Allowed client &amp;addresses (one range per line):</source>
        <translation>允許的用戶端位址（每行一個位址範圍）(&amp;A)：</translation>
    </message>
    <message>
        <source>Ranges are written as an address and a prefix length, such as 192.168.1.0/24 for the office network. Leave the list empty to allow any address.</source>
        <translation>位址範圍由位址和首碼長度組成，例如辦公室網路可寫作 192.168.1.0/24。留空則允許任何位址。</translation>
    </message>
    <message>
        <source>Sign in only from &amp;registered computers</source>
        <translation>僅允許從已登記的電腦登入(&amp;R)</translation>
    </message>
    <message>
        <source>People with this role can then sign in only from computers an administrator has approved.</source>
        <translation>勾選後，擁有此角色的人員只能在管理員核准的電腦上登入。</translation>
    </message>
    <message>
        <source>The customer fields could not be read, so their visibility cannot be changed here; the role keeps what it has. (%1)</source>
        <translation>無法讀取客戶欄位，因此不能在此修改欄位的可見性；該角色保持原有設定。（%1）</translation>
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
        <translation>關閉</translation>
    </message>
    <message>
        <source>The Administrator role cannot be changed, so that someone can always manage access.</source>
        <translation>系統管理員角色不能修改，以確保始終有人可以管理存取權限。</translation>
    </message>
    <message>
        <source>You may look at this role but not change it.</source>
        <translation>您可以檢視此角色，但不能修改。</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>請輸入角色名稱。</translation>
    </message>
    <message>
        <source>Line %1, “%2”, is not an address range. Write it like 192.168.1.0/24 or 2001:db8::/32.</source>
        <translation>第 %1 行「%2」不是有效的位址範圍。請按 192.168.1.0/24 或 2001:db8::/32 的格式填寫。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Another role already has this name. Choose another name.</source>
        <translation>已有同名角色，請換一個名稱。</translation>
    </message>
    <message>
        <source>A role name has 1 to 64 characters, and a built-in role keeps its name.</source>
        <translation>角色名稱長度應為 1 至 64 個字元，且內建角色不能改名。</translation>
    </message>
    <message>
        <source>The description may have at most 500 characters.</source>
        <translation>描述最長 500 個字元。</translation>
    </message>
    <message>
        <source>An allowed address range is not valid.</source>
        <translation>允許的位址範圍中有無效項。</translation>
    </message>
    <message>
        <source>This role would grant more than you hold yourself. You can give only access that you have: lower the levels, scopes or extra rights, or ask an administrator.</source>
        <translation>此角色授予的權限將超出您自身的權限。您只能授予自己擁有的權限：請降低存取層級、縮小資料範圍或減少附加權限，或聯絡系統管理員。</translation>
    </message>
    <message>
        <source>The visibility of “%1” was not accepted.</source>
        <translation>「%1」的可見性設定未被接受。</translation>
    </message>
    <message>
        <source>this grant was not accepted.</source>
        <translation>該項授權未被接受。</translation>
    </message>
    <message>
        <source>This role cannot be changed.</source>
        <translation>此角色不能修改。</translation>
    </message>
    <message>
        <source>You may not change this role: it grants more than you hold, or people outside your part of the company hold it. Ask an administrator.</source>
        <translation>您無權修改此角色：它授予的權限超出您自身的權限，或有不在您管理範圍內的人員擁有此角色。請聯絡系統管理員。</translation>
    </message>
    <message>
        <source>Someone else changed this role meanwhile, and it could not be read again: %1</source>
        <translation>在此期間其他人修改了此角色，且無法重新讀取：%1</translation>
    </message>
    <message>
        <source>Someone else changed this role while you were editing it. The dialog now shows their version; make your changes again and save.</source>
        <translation>在您編輯期間，其他人修改了此角色。對話方塊現在顯示的是對方的版本，請重新修改後儲存。</translation>
    </message>
    <message>
        <source>Someone else deleted this role while you were editing it.</source>
        <translation>在您編輯期間，其他人刪除了此角色。</translation>
    </message>
    <message>
        <source>Which fields of customers and of their contacts people with this role see and change. A hidden field is left out of forms, lists, searches, exports, printouts and the history; a read-only one is shown but cannot be changed. When someone holds several roles, a field is restricted only as far as every one of them restricts it.</source>
        <translation>擁有此角色的人員可以檢視和修改客戶及其聯絡人的哪些欄位。隱藏的欄位不會出現在表單、清單、搜尋、匯出、列印和修改歷史中；唯讀欄位可以檢視，但不能修改。某人擁有多個角色時，欄位的限制以這些角色中最寬鬆的設定為準。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>Where a contact&apos;s field is, in the table of field visibility of a role.</extracomment>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Contact&apos;s %1</source>
        <translation>聯絡人 - %1</translation>
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
        <translation>內建</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有人數</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶模組</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>New role…</source>
        <translation>新增角色…</translation>
    </message>
    <message>
        <source>Filter by name or description…</source>
        <translation>按名稱或描述篩選…</translation>
    </message>
    <message>
        <source>Roles</source>
        <extracomment>The suggested name of an exported list of roles.</extracomment>
        <translation>角色</translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation>無法載入角色清單：%1</translation>
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
            <numerusform>共 %n 個角色</numerusform>
        </translation>
    </message>
    <message>
        <source>The role has been created.</source>
        <translation>已建立角色。</translation>
    </message>
    <message>
        <source>The role has been saved.</source>
        <translation>已儲存角色。</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>刪除角色</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>確定要刪除角色「%1」嗎？</translation>
    </message>
    <message>
        <source>Only a role that no user, department or group holds can be deleted.</source>
        <translation>只能刪除沒有任何使用者、部門或使用者群組擁有的角色。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>The role “%1” has been deleted.</source>
        <translation>已刪除角色「%1」。</translation>
    </message>
    <message>
        <source>The role “%1” cannot be deleted: users, departments or groups still hold it. Take it away from them first.</source>
        <translation>不能刪除角色「%1」：仍有使用者、部門或使用者群組擁有此角色。請先將其收回。</translation>
    </message>
    <message>
        <source>Could not delete the role “%1”: %2</source>
        <translation>無法刪除角色「%1」：%2</translation>
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
        <translation>使用者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>電腦</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登入時間</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最後活動時間</translation>
    </message>
    <message>
        <source>Filter by user, address or computer…</source>
        <translation>按使用者、位址或電腦篩選…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>The suggested name of an exported list of the sessions logged in.</extracomment>
        <translation>工作階段</translation>
    </message>
    <message>
        <source>Could not load the sessions: %1</source>
        <translation>無法載入工作階段清單：%1</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤銷…</translation>
    </message>
    <message>
        <source>No one in your departments is logged in.</source>
        <translation>您的部門中目前沒有人登入。</translation>
    </message>
    <message>
        <source>%1 — this session</source>
        <translation>%1 — 目前工作階段</translation>
    </message>
    <message>
        <source>This is your own session. Log out to end it.</source>
        <translation>這是您本人的工作階段。登出即可結束該工作階段。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 個工作階段</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>撤銷工作階段</translation>
    </message>
    <message>
        <source>End the session of %1 on %2?</source>
        <translation>結束 %1 在 %2 上的工作階段？</translation>
    </message>
    <message>
        <source>The client is logged out at once; what was not saved there is lost. The user can log in again unless you also disable the account or change their password.</source>
        <translation>該用戶端將立即登出，其中未儲存的內容將遺失。除非您同時停用該帳號或變更其密碼，否則該使用者仍可重新登入。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>The session of %1 has been ended.</source>
        <translation>已結束 %1 的工作階段。</translation>
    </message>
    <message>
        <source>Could not end the session of %1: %2</source>
        <translation>無法結束 %1 的工作階段：%2</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::AssignDialog</name>
    <message>
        <source>Assign customers</source>
        <translation>指派客戶</translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n selected customer(s) to:</source>
        <translation>
            <numerusform>將選取的 %n 個客戶指派給：</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>&amp;Replace the follower (several users take turns)</source>
        <translation>取代跟進人（多人時輪流指派）(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd as extra followers</source>
        <translation>新增為協同跟進人(&amp;D)</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>In the app &amp;only</source>
        <translation>僅系統內通知(&amp;O)</translation>
    </message>
    <message>
        <source>Also by &amp;e-mail</source>
        <translation>同時寄送電子郵件(&amp;E)</translation>
    </message>
    <message>
        <source>Also by &amp;SMS</source>
        <translation>同時發送簡訊(&amp;S)</translation>
    </message>
    <message>
        <source>Whom:</source>
        <translation>通知對象：</translation>
    </message>
    <message>
        <source>&amp;Previous follower</source>
        <translation>原跟進人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Creator</source>
        <translation>建立者(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New followers</source>
        <translation>新跟進人(&amp;N)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose at least one user.</source>
        <translation>請至少選擇一位使用者。</translation>
    </message>
    <message>
        <source>A chosen user is disabled or not in your part of the company.</source>
        <translation>所選使用者已停用，或不在您負責的部門範圍內。</translation>
    </message>
    <message>
        <source>Could not assign: %1</source>
        <translation>無法指派：%1</translation>
    </message>
    <message numerus="yes">
        <source>E-mail queued for %n person(s).</source>
        <translation>
            <numerusform>已為 %n 人排入郵件佇列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SMS queued for %n person(s).</source>
        <translation>
            <numerusform>已為 %n 人排入簡訊佇列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody was notified.</source>
        <translation>未通知任何人。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) notified in the app.</source>
        <translation>
            <numerusform>已在系統內通知 %n 人。</numerusform>
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
            <numerusform>您的客戶中有 %n 位聯絡人近幾天過生日。打個電話或發條祝福簡訊，正是聯絡感情的好機會。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>距離生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>M/d (ddd)</source>
        <translation>M月d日（ddd）</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 歲</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
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
            <numerusform>%n 天後</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::BulkEditDialog</name>
    <message>
        <source>Bulk edit customers</source>
        <translation>批次修改客戶</translation>
    </message>
    <message numerus="yes">
        <source>Set one field to the same value on the %n selected customer(s).</source>
        <translation>
            <numerusform>將選取的 %n 個客戶的某個欄位統一設為同一個值。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>欄位(&amp;F)：</translation>
    </message>
    <message>
        <source>Leave the value empty to clear the field.</source>
        <translation>值留空則清除該欄位。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not change the customers: %1</source>
        <translation>無法修改客戶：%1</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>清空欄位</translation>
    </message>
    <message numerus="yes">
        <source>Clear &quot;%1&quot; on the %n selected customer(s)?</source>
        <translation>
            <numerusform>確定要清空選取的 %n 個客戶的「%1」嗎？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Contact – %1</source>
        <translation>聯絡人 – %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Someone else changed this contact meanwhile. Close this window, and open the contact again to see their version.</source>
        <translation>在此期間，其他人修改了該聯絡人。請關閉此視窗，重新開啟聯絡人檢視最新版本。</translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation>無法儲存聯絡人：%1</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomFieldDialog</name>
    <message>
        <source>New custom field</source>
        <translation>新增自訂欄位</translation>
    </message>
    <message>
        <source>Custom field – %1</source>
        <translation>自訂欄位 – %1</translation>
    </message>
    <message>
        <source>As it appears on the form, e.g. WeChat ID</source>
        <translation>顯示在表單上的名稱，例如：微信帳號</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>The kind of a field cannot change once customers may hold values in it.</source>
        <translation>欄位建立後無法再變更類型，因為客戶資料中可能已有此欄位的值。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>On the &amp;tab:</source>
        <translation>所在分頁(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;hoices:</source>
        <translation>選項(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Add choice</source>
        <translation>新增選項(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <source>Only choices added now can be removed; rename existing ones instead, because customers may hold them.</source>
        <translation>只能刪除本次新增的選項；既有選項可能已被客戶使用，只能重新命名。</translation>
    </message>
    <message>
        <source>Re&amp;quired for new customers</source>
        <translation>新增客戶時必填(&amp;Q)</translation>
    </message>
    <message>
        <source>Offer as a &amp;column and filter of the customer list</source>
        <translation>可作為客戶清單的顯示欄位與篩選條件(&amp;C)</translation>
    </message>
    <message>
        <source>Custom fields appear on the customer form, in the column chooser, in import and export and in bulk edit. They are not searched by the search box.</source>
        <translation>自訂欄位會出現在客戶表單、顯示欄位設定、匯入匯出及批次修改中，但搜尋框不會搜尋自訂欄位。</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>新選項</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>請輸入欄位名稱。</translation>
    </message>
    <message>
        <source>Add at least one choice.</source>
        <translation>請至少新增一個選項。</translation>
    </message>
    <message>
        <source>Another field already has this name. Choose a name that tells them apart.</source>
        <translation>已有同名欄位，請換一個便於區分的名稱。</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomFieldsPage</name>
    <message>
        <source>Text (one line)</source>
        <translation>單行文字</translation>
    </message>
    <message>
        <source>Text (several lines)</source>
        <translation>多行文字</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation>單選</translation>
    </message>
    <message>
        <source>Several choices from a list</source>
        <translation>多選</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本資料</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>公司概況</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>財務資料</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分組分類</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>目前狀態</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理資料</translation>
    </message>
    <message>
        <source>&amp;New field…</source>
        <translation>新增欄位(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>Fields your company needs beyond the built-in customer file. A retired field disappears from forms, lists and exports; its values are kept and come back when it is restored.</source>
        <translation>在系統內建的客戶資料之外，新增貴公司需要的欄位。停用的欄位不再出現在表單、清單和匯出檔案中；其資料會保留，還原後即重新顯示。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>分頁</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>清單顯示</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Could not load the custom fields: %1</source>
        <translation>無法載入自訂欄位：%1</translation>
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
        <translation>尚無自訂欄位。請按「新增欄位…」新增。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>“%1” is retired.</source>
        <translation>已停用「%1」。</translation>
    </message>
    <message>
        <source>“%1” is in use again.</source>
        <translation>「%1」已恢復使用。</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomerDialog</name>
    <message>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved to the recycle bin</source>
        <translation>移入資源回收筒</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>徹底刪除</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Contact edited</source>
        <translation>修改聯絡人</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>刪除聯絡人</translation>
    </message>
    <message>
        <source> (primary)</source>
        <extracomment>Marks the primary contact in a list of contacts.</extracomment>
        <translation>（主要聯絡人）</translation>
    </message>
    <message>
        <source>&amp;Basic</source>
        <translation>基本資料(&amp;B)</translation>
    </message>
    <message>
        <source>Com&amp;pany profile</source>
        <translation>公司概況(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Financial</source>
        <translation>財務資料(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>分組分類(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>Current s&amp;tatus</source>
        <translation>目前狀態(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Management</source>
        <translation>管理資料(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>修改歷史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>儲存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save and c&amp;lose</source>
        <translation>儲存並關閉(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>新增聯絡人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>編輯聯絡人(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>刪除聯絡人(&amp;R)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>修改的欄位</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>無法載入修改歷史：%1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the names of the changed fields in the history list.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Could not load the customer: %1</source>
        <translation>無法載入客戶：%1</translation>
    </message>
    <message>
        <source>Customer – %1</source>
        <translation>客戶 – %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未儲存的修改</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要聯絡人</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要聯絡人</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>沒有需要儲存的修改。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已於 %1 儲存。</translation>
    </message>
    <message>
        <source>Contact “%1”: %2</source>
        <extracomment>A changed field of a contact in the history: %1 the contact&apos;s name, %2 the field.</extracomment>
        <translation>聯絡人「%1」：%2</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>無法儲存：%1</translation>
    </message>
    <message>
        <source>Someone else changed this customer; loading their version…</source>
        <translation>其他人修改了該客戶，正在載入最新版本…</translation>
    </message>
    <message>
        <source>Could not load the current version: %1</source>
        <translation>無法載入最新版本：%1</translation>
    </message>
    <message>
        <source>The customer was changed by someone else</source>
        <translation>客戶已被他人修改</translation>
    </message>
    <message>
        <source>While you were editing, %1 saved a newer version of “%2”. These fields differ between your version and theirs:</source>
        <translation>在您編輯期間，%1 儲存了「%2」的新版本。以下欄位在您的版本和對方的版本中不同：</translation>
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
        <translation>對方的版本</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>保留對方的版本(&amp;K)</translation>
    </message>
    <message>
        <source>Discard your changes and show the saved version</source>
        <translation>放棄您的修改，顯示已儲存的版本</translation>
    </message>
    <message>
        <source>&amp;Reapply mine and save</source>
        <translation>重新套用我的修改並儲存(&amp;R)</translation>
    </message>
    <message>
        <source>Start from the saved version, put your changes back and save them</source>
        <translation>以已儲存的版本為基礎，重新填入您的修改並儲存</translation>
    </message>
    <message>
        <source>Showing the saved version; your changes were discarded.</source>
        <translation>已顯示儲存的版本，您的修改已放棄。</translation>
    </message>
    <message>
        <source>Possible duplicate customers</source>
        <translation>可能重複的客戶</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with the same name, telephone, mobile or e-mail already exist. Talk to their follower before you create another record.</source>
        <translation>
            <numerusform>已有 %n 個客戶的名稱、電話、手機或電子郵件與之相同。新增之前，請先與其跟進人溝通。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>跟進人</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>相同項</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>(a customer you cannot see)</source>
        <translation>（您無權檢視的客戶）</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>仍然新增(&amp;A)</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>刪除聯絡人</translation>
    </message>
    <message>
        <source>Remove the contact “%1” from this customer?</source>
        <translation>從該客戶中刪除聯絡人「%1」？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Could not remove the contact: %1</source>
        <translation>無法刪除聯絡人：%1</translation>
    </message>
    <message>
        <source>You have changed this customer. Save the changes before closing?</source>
        <translation>您修改了該客戶。關閉前要儲存修改嗎？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放棄修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
    <message>
        <source>Follower: %1</source>
        <translation>跟進人：%1</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>最後修改於 %1</translation>
    </message>
    <message>
        <source>  ·  </source>
        <extracomment>Separates the facts under the customer&apos;s name in the form&apos;s heading.</extracomment>
        <translation>  ·  </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print this customer (Ctrl+P)</source>
        <translation>列印該客戶的資料（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print customer</source>
        <translation>列印客戶資料</translation>
    </message>
    <message>
        <source>Readers and editors changed</source>
        <translation>讀者和編輯者已修改</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>讀者</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>編輯者</translation>
    </message>
    <message>
        <source>Who may see and edit</source>
        <translation>檢視和編輯權限</translation>
    </message>
    <message>
        <source>Who may see and &amp;edit…</source>
        <translation>檢視和編輯權限(&amp;E)…</translation>
    </message>
    <message>
        <source>Restrict this customer to named people, or let people outside your department see or change it</source>
        <translation>將此客戶限定為指定人員可見，或允許本部門以外的人員檢視或修改</translation>
    </message>
    <message>
        <source>Save the customer first; then you can choose who may see and edit it.</source>
        <translation>請先儲存客戶，然後才能設定誰可以檢視和編輯該客戶。</translation>
    </message>
    <message>
        <source>Could not read who may see this customer: %1</source>
        <translation>無法讀取該客戶的檢視權限：%1</translation>
    </message>
    <message>
        <source>Earlier version restored</source>
        <translation>還原歷史版本</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Taken back</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Edited with others</source>
        <translation>批次修改</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Handed over to a successor</source>
        <translation>轉交給接替人</translation>
    </message>
    <message>
        <source>Every version of this customer and its contacts, newest first. Select one to see what changed; “Restore this version” puts the customer back as that change left it.</source>
        <translation>該客戶及其聯絡人的所有版本，最新的在前。選擇一個版本可檢視修改內容；「還原此版本」會將客戶還原到該次修改後的狀態。</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>還原此版本(&amp;R)…</translation>
    </message>
    <message>
        <source>Show &amp;older versions</source>
        <translation>顯示更早的版本(&amp;O)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Your role may not change this customer.</source>
        <translation>您的角色不允許修改該客戶。</translation>
    </message>
    <message>
        <source>This change erased the customer; it holds no version to restore.</source>
        <translation>此次修改徹底刪除了該客戶，沒有可還原的版本。</translation>
    </message>
    <message>
        <source>This is the customer as it is now.</source>
        <translation>這就是該客戶的目前狀態。</translation>
    </message>
    <message>
        <source>Put the customer back as the selected change left it</source>
        <translation>將客戶還原到所選修改後的狀態</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>還原此版本</translation>
    </message>
    <message>
        <source>Put “%1” back as %2 left it on %3?</source>
        <translation>將「%1」還原到 %2 於 %3 修改後的狀態？</translation>
    </message>
    <message>
        <source>The fields you may change and the contacts return to that version; the follower stays. The restore is itself recorded in the history, so it can be undone the same way.</source>
        <translation>您有權修改的欄位和聯絡人將還原到該版本，跟進人保持不變。此次還原本身也會記錄在修改歷史中，因此可以用同樣的方法復原。</translation>
    </message>
    <message>
        <source>The customer also comes back out of the recycle bin.</source>
        <translation>該客戶也將從資源回收筒中還原。</translation>
    </message>
    <message>
        <source>Your unsaved changes in this form will be discarded.</source>
        <translation>此表單中未儲存的修改將被放棄。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在還原…</translation>
    </message>
    <message>
        <source>The version was restored.</source>
        <translation>已還原該版本。</translation>
    </message>
    <message>
        <source>Nothing to restore: the customer already is as that version left it.</source>
        <translation>無需還原：該客戶已與該版本一致。</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. The form now shows their version; look at the history again and restore once more if needed.</source>
        <translation>在此期間，其他人修改了該客戶。表單現在顯示的是對方的版本；請重新檢視修改歷史，如有需要再還原一次。</translation>
    </message>
    <message>
        <source>Could not restore this version: %1</source>
        <translation>無法還原此版本：%1</translation>
    </message>
    <message>
        <source>This customer is in the recycle bin. To bring it back, restore it from the recycle bin or put back a version from the History tab.</source>
        <translation>該客戶在資源回收筒中。如需找回，請從資源回收筒中還原，或在「修改歷史」分頁中還原某個版本。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>列印時間：%1</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>正在準備列印內容…</translation>
    </message>
    <message>
        <source>Could not print the customer: %1</source>
        <translation>無法列印客戶資料：%1</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客戶管理</translation>
    </message>
    <message>
        <source>Search name, pinyin initials, phone, contact… (Ctrl+F)</source>
        <translation>搜尋名稱、拼音首字母、電話、聯絡人…（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新增客戶(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected customers to the recycle bin (Del)</source>
        <translation>將選取的客戶移入資源回收筒（Del）</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>Bring the selected customers back from the recycle bin</source>
        <translation>將選取的客戶從資源回收筒還原</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>篩選(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>顯示欄位(&amp;C)…</translation>
    </message>
    <message>
        <source>Recycle &amp;bin</source>
        <translation>資源回收筒(&amp;B)</translation>
    </message>
    <message>
        <source>Show the customers in the recycle bin</source>
        <translation>顯示資源回收筒中的客戶</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Could not load the customers: %1</source>
        <translation>無法載入客戶清單：%1</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部人員</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Created &amp;from</source>
        <translation>建立日期從(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除篩選(&amp;L)</translation>
    </message>
    <message>
        <source>Follo&amp;wer:</source>
        <translation>跟進人(&amp;W)：</translation>
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
        <translation>客戶類型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>客戶等級(&amp;G)：</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>還原預設欄位</translation>
    </message>
    <message>
        <source>The list cannot be sorted by “%1”.</source>
        <translation>清單不能按「%1」排序。</translation>
    </message>
    <message numerus="yes">
        <source>F&amp;ilter (%Ln)</source>
        <translation>
            <numerusform>篩選(&amp;I)（%Ln）</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in the recycle bin</source>
        <translation>
            <numerusform>資源回收筒中共 %Ln 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln customer(s) found; type more to narrow the search</source>
        <translation>
            <numerusform>僅顯示找到的前 %Ln 個客戶，請輸入更多內容以縮小範圍</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>找到 %Ln 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in total</source>
        <translation>
            <numerusform>共 %Ln 個客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer “%1” created.</source>
        <translation>已新增客戶「%1」。</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>刪除客戶</translation>
    </message>
    <message>
        <source>Move the customer “%1” to the recycle bin?</source>
        <translation>將客戶「%1」移入資源回收筒？</translation>
    </message>
    <message numerus="yes">
        <source>Move the %Ln selected customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>將選取的 %Ln 個客戶移入資源回收筒？</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers in the recycle bin can be restored later.</source>
        <translation>資源回收筒中的客戶以後可以還原。</translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation>移入資源回收筒</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>無法刪除：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) moved to the recycle bin.</source>
        <translation>
            <numerusform>已將 %Ln 個客戶移入資源回收筒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) were skipped: already deleted or not yours.</source>
        <translation>
            <numerusform>跳過 %Ln 個客戶：已被刪除或不屬於您。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) restored.</source>
        <translation>
            <numerusform>已還原 %Ln 個客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) restored; could not restore the others: %1</source>
        <translation>
            <numerusform>已還原 %Ln 個客戶，其餘客戶無法還原：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>指派(&amp;A)…</translation>
    </message>
    <message>
        <source>Give the selected customers to other users</source>
        <translation>將選取的客戶指派給其他使用者</translation>
    </message>
    <message>
        <source>Bul&amp;k edit…</source>
        <translation>批次修改(&amp;K)…</translation>
    </message>
    <message>
        <source>Set one field to the same value on the selected customers</source>
        <translation>將選取客戶的某個欄位統一設為同一個值</translation>
    </message>
    <message>
        <source>Customers assigned: %1; skipped: %2.</source>
        <translation>已指派客戶：%1 個；略過：%2 個。</translation>
    </message>
    <message>
        <source>Customers updated: %1; skipped: %2.</source>
        <translation>已修改客戶：%1 個；略過：%2 個。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update customers from a CSV or Excel file</source>
        <translation>從 CSV 或 Excel 檔案新增或更新客戶</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected customers, or those the list shows, to a CSV or Excel file</source>
        <translation>將選取的客戶或清單中的客戶匯出為 CSV 或 Excel 檔案</translation>
    </message>
    <message>
        <source>Import complete: %1 created, %2 updated, %3 skipped.</source>
        <translation>匯入完成：新增 %1 個，更新 %2 個，略過 %3 個。</translation>
    </message>
    <message>
        <source>The import may still complete on the server. Refresh the list in a while.</source>
        <translation>伺服器可能仍會完成匯入，請稍後重新整理清單。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported to “%1”.</source>
        <translation>
            <numerusform>已將 %Ln 個客戶匯出到「%1」。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Your role does not allow copying customer data.</source>
        <translation>您的角色不允許複製客戶資料。</translation>
    </message>
    <message>
        <source>Copy the selected customers&apos; shown columns (Ctrl+C)</source>
        <translation>複製選取客戶的顯示欄位（Ctrl+C）</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln customer(s) found within the filters; type more to narrow the search</source>
        <translation>
            <numerusform>在篩選條件內僅顯示找到的前 %Ln 個客戶，請輸入更多內容以縮小範圍</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found within the filters</source>
        <translation>
            <numerusform>在篩選條件內找到 %Ln 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the selected customers: %1 of %Ln…</source>
        <translation>
            <numerusform>正在讀取選取的客戶：%1 / %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be copied at once. Nothing was copied: select fewer, or use Export to write them all to a file.</source>
        <translation>
            <numerusform>已選取 %Ln 個客戶，一次最多可複製 %1 個。未複製任何內容：請少選一些，或用「匯出」將它們全部寫入檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done: the selected customers could not be read (%1).</source>
        <translation>未執行任何操作：無法讀取選取的客戶（%1）。</translation>
    </message>
    <message>
        <source>The list was loaded again before the selected customers were read. Nothing was done: select them again.</source>
        <translation>讀取選取的客戶之前，清單已重新載入。未執行任何操作：請重新選取。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %Ln selected customer(s)</source>
        <translation>
            <numerusform>正在讀取選取的 %Ln 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be moved to the recycle bin at once. Nothing was deleted: select fewer, or narrow the list with the filters.</source>
        <translation>
            <numerusform>已選取 %Ln 個客戶，一次最多可將 %1 個移入資源回收筒。未刪除任何客戶：請少選一些，或用篩選縮小清單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be restored at once. Nothing was restored: select fewer.</source>
        <translation>
            <numerusform>已選取 %Ln 個客戶，一次最多可還原 %1 個。未還原任何客戶：請少選一些。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be assigned at once. Nothing was assigned: select fewer, or narrow the list with the filters.</source>
        <translation>
            <numerusform>已選取 %Ln 個客戶，一次最多可指派 %1 個。未指派任何客戶：請少選一些，或用篩選縮小清單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be edited at once. Nothing was changed: select fewer, or narrow the list with the filters.</source>
        <translation>
            <numerusform>已選取 %Ln 個客戶，一次最多可批次修改 %1 個。未修改任何客戶：請少選一些，或用篩選縮小清單。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are selected; at most %1 can be exported as a selection. Export all customers in the list instead, or select fewer.</source>
        <translation>
            <numerusform>已選取 %Ln 個客戶，依選取匯出最多 %1 個。請改為匯出清單中的所有客戶，或少選一些。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>匯出客戶</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;CSV (UTF-8, opens in Excel and WPS)</source>
        <translation>CSV（UTF-8，可用 Excel 和 WPS 開啟）(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (XLSX)</source>
        <translation>Excel 活頁簿（XLSX）(&amp;X)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶範圍</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected customer(s)</source>
        <translation>
            <numerusform>選取的 %n 個客戶(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;selected customers (none is selected in the list)</source>
        <translation>選取的客戶（清單中未選取任何客戶）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All customers in the list</source>
        <translation>清單中的所有客戶(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All customers that match the list&apos;s %n filter(s)</source>
        <translation>
            <numerusform>符合清單中 %n 個篩選條件的所有客戶(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>The search “%1” is not applied to an export of the list: select the customers found to export just those.</source>
        <translation>匯出清單時不會套用搜尋「%1」：如只需匯出搜尋到的客戶，請先在清單中選取它們。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>匯出欄位</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>全選(&amp;L)</translation>
    </message>
    <message>
        <source>As in the &amp;list</source>
        <translation>與清單相同(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>customers</source>
        <extracomment>The name proposed for an exported file, followed by the date and the extension.</extracomment>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>請至少選擇一個欄位。</translation>
    </message>
    <message>
        <source>Choose the file to write, with its full path.</source>
        <translation>請選擇要儲存的檔案，並填寫完整路徑。</translation>
    </message>
    <message>
        <source>The server is preparing the file…</source>
        <translation>伺服器正在準備檔案…</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>無法匯出：%1</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>正在寫入檔案…</translation>
    </message>
    <message>
        <source>Fetching the file: %1 of %2…</source>
        <translation>正在下載檔案：%1 / %2…</translation>
    </message>
    <message>
        <source>Could not fetch the file: %1</source>
        <translation>無法下載檔案：%1</translation>
    </message>
    <message>
        <source>The &amp;selected customers (too many for one export)</source>
        <translation>選取的客戶（太多，無法一次匯出）(&amp;S)</translation>
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
        <translation>日期格式如 2026-03-05；也可輸入 2026/3/5 或 20260305</translation>
    </message>
    <message>
        <source>11 digits, e.g. 138 0013 8000</source>
        <translation>11 位數字，如 138 0013 8000</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s label in a form; %1 is the field&apos;s name.</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此項為必填項。</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2026-03-05.</source>
        <translation>請按「年-月-日」格式輸入日期，例如 2026-03-05。</translation>
    </message>
    <message>
        <source>You may not change this field.</source>
        <translation>您無權修改此欄位。</translation>
    </message>
    <message>
        <source>The selected person is not in your part of the company.</source>
        <translation>所選人員不在您的管理範圍內。</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long: at most %n character(s).</source>
        <translation>
            <numerusform>內容過長：最多 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a mobile number: enter 11 digits starting with 1, for example 138 0013 8000.</source>
        <translation>手機號碼無效：請輸入以 1 開頭的 11 位數字，例如 138 0013 8000。</translation>
    </message>
    <message>
        <source>Not an e-mail address: enter it as name@example.com.</source>
        <translation>電子郵件無效：請按 name@example.com 的格式輸入。</translation>
    </message>
    <message>
        <source>Not a telephone number: use digits, spaces, + - ( ) and an extension.</source>
        <translation>電話號碼無效：只能包含數字、空格、+ - ( ) 及分機號。</translation>
    </message>
    <message>
        <source>Not a web address: enter it as www.example.com.</source>
        <translation>網址無效：請按 www.example.com 的格式輸入。</translation>
    </message>
    <message>
        <source>Enter an amount with at most two decimal places.</source>
        <translation>請輸入金額，最多兩位小數。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>請輸入整數。</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>請從清單中選擇一項。</translation>
    </message>
    <message>
        <source>Choose a date (F4)</source>
        <translation>選擇日期（F4）</translation>
    </message>
    <message>
        <source>Your role lets you see this field but not change it.</source>
        <translation>您的角色只能檢視此欄位，不能修改。</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>匯入客戶</translation>
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
        <translation>匯入(&amp;I)</translation>
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
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file with one customer per row. The template lists every column the import understands.</source>
        <translation>CSV 或 Excel（XLSX）檔案，每列一個客戶。範本中列出了匯入支援的所有欄位。</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 檔案的路徑</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;headers</source>
        <translation>第一列為欄位標題(&amp;H)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Start from the template to get the columns right: an Excel file with a header row and a sheet that explains each column.</source>
        <translation>建議從範本開始填寫，以免欄位出錯。範本是一個 Excel 檔案，含標題列，另有一個工作表逐欄說明填寫方式。</translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation>儲存範本(&amp;S)…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>對應欄位</translation>
    </message>
    <message>
        <source>Choose for each column of the file the field it fills. Columns are matched by their headers; correct what was matched wrongly and leave out what is not needed.</source>
        <translation>為檔案中的每一欄選擇對應的欄位。系統已依標題自動對應；請更正對應錯誤的欄，不需要的欄可設為不匯入。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>檔案中的標題</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>範例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>檢查資料</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. This is what the import would do.</source>
        <translation>尚未匯入任何資料，以下是匯入的預覽結果。</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>列數：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效：</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>錯誤：</translation>
    </message>
    <message>
        <source>Possible duplicates:</source>
        <translation>可能重複：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>疑似重複</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前幾列</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Rows that look like an existing customer</source>
        <translation>疑似與現有客戶重複的資料列</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>略過(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Update the existing customer</source>
        <translation>更新現有客戶(&amp;U)</translation>
    </message>
    <message>
        <source>Fills in the row&apos;s values; empty cells leave the customer&apos;s values alone.</source>
        <translation>以該列的值更新客戶；空白儲存格不會變更客戶原有的值。</translation>
    </message>
    <message>
        <source>&amp;Create them anyway</source>
        <translation>仍然新增(&amp;C)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>The server imports every row or none of them.</source>
        <translation>伺服器會匯入所有資料列，否則一列也不匯入。</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>停止等待(&amp;W)</translation>
    </message>
    <message>
        <source>The server cannot be stopped once the import has begun; this only stops the wait for its result.</source>
        <translation>匯入一旦開始，伺服器就無法中止；此按鈕只會停止等待匯入結果。</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>試算表 (*.csv *.xlsx *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>customer-import-template</source>
        <translation>客戶匯入範本</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>儲存匯入範本</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Fetching the template…</source>
        <translation>正在取得範本…</translation>
    </message>
    <message>
        <source>Could not fetch the template: %1</source>
        <translation>無法取得範本：%1</translation>
    </message>
    <message>
        <source>The template was saved as “%1”.</source>
        <translation>範本已儲存為「%1」。</translation>
    </message>
    <message>
        <source>Sending “%1” to the server…</source>
        <translation>正在將「%1」上傳到伺服器…</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts (200 MB at most).</source>
        <translation>檔案超過伺服器允許的大小（最大 200 MB）。</translation>
    </message>
    <message>
        <source>Could not send the file: %1</source>
        <translation>無法上傳檔案：%1</translation>
    </message>
    <message>
        <source>Go back to choose another file or to try again.</source>
        <translation>請返回上一步，選擇其他檔案或再試一次。</translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation>正在讀取欄位…</translation>
    </message>
    <message>
        <source>The server could not read the file. Is it a CSV or XLSX file?</source>
        <translation>伺服器無法讀取該檔案。請確認它是 CSV 或 XLSX 檔案。</translation>
    </message>
    <message>
        <source>Could not read the columns: %1</source>
        <translation>無法讀取欄位：%1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the sample values of a column of the file being imported.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不匯入）</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n column(s);</source>
        <translation>
            <numerusform>檔案共有 %n 欄；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them matched a field by its header.</source>
        <translation>
            <numerusform>其中 %n 欄已依標題對應到欄位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds “%1”: every customer needs one.</source>
        <translation>請選擇對應「%1」的欄：每個客戶都必須填寫此項。</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <extracomment>An import column that fills a field of the customer&apos;s primary contact.</extracomment>
        <translation>聯絡人：%1</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>正在檢查檔案中的每一列…</translation>
    </message>
    <message>
        <source>Could not check the file: %1</source>
        <translation>無法檢查檔案：%1</translation>
    </message>
    <message>
        <source>Cells with errors are marked in red; point at one to read what is wrong. The first, in row %1: %2</source>
        <translation>有錯誤的儲存格已標示為紅色，將滑鼠移到儲存格上可檢視錯誤原因。第一個錯誤在第 %1 列：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>可匯入 %n 列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported while the file has errors (%n found). Correct them in the file and choose it again, or go back and match the columns differently.</source>
        <translation>
            <numerusform>檔案中有錯誤（共 %n 處），無法匯入。請在檔案中修正後重新選擇該檔案，或返回上一步重新對應欄位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no customers to import.</source>
        <translation>檔案中沒有可匯入的客戶。</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>錯誤（%1）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>row %1 of this file</source>
        <translation>本檔案第 %1 列</translation>
    </message>
    <message>
        <source>“%1” (follower: %2)</source>
        <translation>「%1」（跟進人：%2）</translation>
    </message>
    <message>
        <source>a customer of %1</source>
        <translation>%1 的客戶</translation>
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
        <translation>重複（%1）</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>檔案的 %1 欄</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>正在匯入 %n 列…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation>匯入客戶</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has errors. %1</source>
        <translation>未匯入任何資料：檔案中有錯誤。%1</translation>
    </message>
    <message>
        <source>The server did not confirm the import (%1). If the connection was lost, the import may still have completed: refresh the customer list and check before you import the file again.</source>
        <translation>伺服器未確認匯入結果（%1）。如果是連線中斷，匯入可能已經完成：請先重新整理客戶清單確認，再決定是否重新匯入該檔案。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未匯入任何資料：%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows processed…</source>
        <translation>已處理 %1 / %2 列…</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>匯入完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) created</source>
        <translation>
            <numerusform>新增 %n 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) updated</source>
        <translation>
            <numerusform>更新 %n 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped as duplicates</source>
        <translation>
            <numerusform>因重複略過 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>The client stopped waiting, but the server cannot stop an import once it has begun: it imports every row or none, and it may still finish. Refresh the customer list in a while to see whether the customers arrived before you import the file again.</source>
        <translation>用戶端已停止等待，但匯入一旦開始，伺服器就無法中止：它會匯入所有資料列，否則一列也不匯入，而且可能仍會完成。請稍後重新整理客戶清單，確認客戶是否已匯入，再決定是否重新匯入該檔案。</translation>
    </message>
    <message>
        <source>The file holds more rows than one import takes (%L1 customers at most). Split it into smaller files and import them one after another.</source>
        <translation>檔案的列數超過一次匯入的上限（最多 %L1 個客戶）。請將它拆分成幾個較小的檔案，逐一匯入。</translation>
    </message>
    <message>
        <source>The file has rows below the last row a spreadsheet can have (row %L1). Remove the empty rows at its end and try again.</source>
        <translation>檔案中有超出試算表最後一列（第 %L1 列）的列。請刪除檔案末尾的空白列後再試一次。</translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::PrincipalPickerDialog</name>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>使用者(&amp;U)</translation>
    </message>
    <message>
        <source>A department stands for its members and those of every department below it.</source>
        <translation>選擇部門即代表該部門及其所有下層部門的成員。</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>使用者群組(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成員</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Your role may not list these.</source>
        <translation>您的角色無權列出這些項。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user, department or group to pick, followed by what tells it apart (login and department, member count).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>已在清單中</translation>
    </message>
    <message>
        <source>Find a name, login or pinyin initials…</source>
        <translation>尋找姓名、登入名稱或拼音首字母…</translation>
    </message>
    <message>
        <source>No colleague matches.</source>
        <translation>沒有符合的同事。</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n are shown: type more of the name to narrow them.</source>
        <translation>
            <numerusform>只顯示前 %n 個：請輸入更多姓名文字以縮小範圍。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cordial::client::customers::RecordAccessDialog</name>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Department, sub-departments included</source>
        <translation>部門（含下層部門）</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>使用者群組</translation>
    </message>
    <message>
        <source>Who may see and edit “%1”</source>
        <translation>「%1」的檢視和編輯權限</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>讀者</translation>
    </message>
    <message>
        <source>When anyone is listed here, only they, the editors, the follower, the creator and administrators see this customer. Those listed see it even outside their data scope.</source>
        <translation>此處一旦列出任何人，則只有這些人、編輯者、跟進人、建立人和管理員能看到該客戶。列出的人員即使超出其資料範圍也能看到該客戶。</translation>
    </message>
    <message>
        <source>Add &amp;reader…</source>
        <translation>新增讀者(&amp;R)…</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>編輯者</translation>
    </message>
    <message>
        <source>May see and change this customer even outside their data scope, when their role lets them create and edit their own customers.</source>
        <translation>即使超出其資料範圍，也可檢視和修改該客戶（前提是其角色允許新增和編輯自己的客戶）。</translation>
    </message>
    <message>
        <source>Add &amp;editor…</source>
        <translation>新增編輯者(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take the selected ones off the list (Delete)</source>
        <translation>將所選項從清單中移除（Delete）</translation>
    </message>
    <message>
        <source>(deleted, number %1)</source>
        <extracomment>A department or group listed on a customer that has been deleted since.</extracomment>
        <translation>（已刪除，編號 %1）</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates names in a list of readers or editors.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Restricted: seen only by the people listed, its follower, its creator and administrators.</source>
        <translation>受限：僅列出的人員、跟進人、建立人和管理員可見。</translation>
    </message>
    <message>
        <source>Seen by everyone whose data scope holds it.</source>
        <translation>資料範圍包含該客戶的所有人均可見。</translation>
    </message>
    <message>
        <source>Readers: %1</source>
        <translation>讀者：%1</translation>
    </message>
    <message>
        <source>Editors: %1</source>
        <translation>編輯者：%1</translation>
    </message>
    <message>
        <source>Could not read who may see this customer: %1</source>
        <translation>無法讀取該客戶的檢視權限：%1</translation>
    </message>
    <message>
        <source>You may see who else sees this customer but not change it: that is for its follower, its creator and the editors whose data scope holds it.</source>
        <translation>您可以檢視還有誰能看到該客戶，但不能修改：只有其跟進人、建立人以及資料範圍包含該客戶的編輯者才能修改。</translation>
    </message>
    <message>
        <source>Add readers</source>
        <translation>新增讀者</translation>
    </message>
    <message>
        <source>Add editors</source>
        <translation>新增編輯者</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. The lists now show what was saved; make your change again.</source>
        <translation>在此期間，其他人修改了該客戶。清單現已顯示已儲存的內容，請重新進行修改。</translation>
    </message>
    <message>
        <source>“%1” cannot be listed: %2</source>
        <translation>無法新增「%1」：%2</translation>
    </message>
    <message>
        <source>Could not save who may see this customer: %1</source>
        <translation>無法儲存該客戶的檢視權限：%1</translation>
    </message>
</context>
<context>
    <name>cordial::client::notifications::NotificationButton</name>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>通知：%n 則未讀</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation>通知：沒有未讀</translation>
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
        <translation>全部標為已讀(&amp;M)</translation>
    </message>
    <message>
        <source>Could not update the notifications: %1</source>
        <translation>無法更新通知：%1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已讀</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <source>Double-click to open the customer.</source>
        <translation>按兩下開啟該客戶。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>You have no notifications.</source>
        <translation>沒有通知。</translation>
    </message>
    <message>
        <source>All read.</source>
        <translation>全部已讀。</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 則未讀</numerusform>
        </translation>
    </message>
</context>
</TS>
