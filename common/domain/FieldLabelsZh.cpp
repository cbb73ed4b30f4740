#include "domain/FieldLabelsZh.h"

#include <QHash>

namespace cordial::domain {

namespace {

struct ZhField {
    const char *key;
    const char *label;
    QStringList aliases;               // further header names, Chinese and English
    QList<std::pair<const char *, const char *>> choices; // choice key → Chinese label
};

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

const QList<ZhField> &customerTable()
{
    static const QList<ZhField> table{
        {"name", "客户名称", {u("公司名称"), u("客户名"), u("单位名称"), u("企业名称"), u("名称"), u("Customer"), u("Company name"), u("Company"), u("Name")}, {}},
        {"short_name", "简称", {u("客户简称"), u("公司简称"), u("Short name")}, {}},
        {"english_name", "英文名称", {u("英文名"), u("English name")}, {}},
        {"customer_no", "客户编号", {u("编号"), u("客户编码"), u("Customer no"), u("Customer no.")}, {}},
        {"kind", "客户类别", {u("类别"), u("Kind")}, {{"company", "企业"}, {"person", "个人"}}},
        {"customer_type", "客户类型", {u("类型"), u("Type")},
         {{"prospect", "潜在客户"}, {"interested", "意向客户"}, {"customer", "成交客户"}, {"key_account", "重点客户"}, {"lost", "流失客户"}}},
        {"phone", "电话", {u("固定电话"), u("座机"), u("公司电话"), u("联系电话"), u("办公电话"), u("Phone"), u("Tel")}, {}},
        {"phone2", "电话2", {u("备用电话"), u("其他电话"), u("Phone 2")}, {}},
        {"fax", "传真", {u("传真号码")}, {}},
        {"mobile", "手机", {u("手机号"), u("手机号码"), u("移动电话"), u("Mobile phone"), u("Cell phone")}, {}},
        {"email", "电子邮箱", {u("邮箱"), u("电子邮件"), u("Email"), u("Mail")}, {}},
        {"website", "网址", {u("网站"), u("公司网址"), u("主页"), u("Web"), u("URL")}, {}},
        {"province", "省份", {u("省"), u("省/直辖市")}, {}},
        {"city", "城市", {u("市")}, {}},
        {"district", "区县", {u("区/县"), u("区"), u("县")}, {}},
        {"address", "地址", {u("详细地址"), u("公司地址"), u("通讯地址")}, {}},
        {"postcode", "邮编", {u("邮政编码"), u("Zip"), u("Postal code")}, {}},
        {"source", "客户来源", {u("来源")},
         {{"phone", "电话营销"}, {"web", "网站/网络"}, {"exhibition", "展会"}, {"referral", "转介绍"}, {"existing", "老客户"},
          {"advert", "广告"}, {"partner", "合作伙伴"}, {"other", "其他"}}},
        {"industry", "行业", {u("所属行业")},
         {{"manufacturing", "制造业"}, {"it", "IT/软件"}, {"telecom", "通信"}, {"finance", "金融保险"}, {"trade", "批发零售"},
          {"construction", "建筑地产"}, {"logistics", "交通物流"}, {"energy", "能源公用事业"}, {"healthcare", "医疗卫生"},
          {"education", "教育"}, {"government", "政府及公共事业"}, {"media", "传媒广告"}, {"hospitality", "酒店餐饮"},
          {"agriculture", "农业"}, {"services", "商务服务"}, {"other", "其他"}}},
        {"grade", "客户等级", {u("等级"), u("级别")},
         {{"a", "A类–重点"}, {"b", "B类–重要"}, {"c", "C类–一般"}, {"d", "D类–次要"}}},
        {"legal_name", "注册名称", {u("工商注册名称"), u("公司全称"), u("Legal name")}, {}},
        {"credit_code", "统一社会信用代码", {u("信用代码"), u("社会信用代码"), u("Credit code")}, {}},
        {"legal_representative", "法定代表人", {u("法人"), u("法人代表")}, {}},
        {"company_nature", "企业性质", {u("公司性质"), u("所有制")},
         {{"state", "国有"}, {"private", "民营"}, {"foreign", "外资"}, {"joint", "合资"}, {"individual", "个体"},
          {"institution", "事业单位"}, {"government", "政府机关"}, {"other", "其他"}}},
        {"founded_on", "成立日期", {u("成立时间"), u("Founded")}, {}},
        {"registered_capital", "注册资本", {u("注册资金")}, {}},
        {"employees", "员工人数", {u("人数"), u("员工数")}, {}},
        {"annual_revenue", "年营业额", {u("年销售额"), u("年收入")}, {}},
        {"main_products", "主营产品", {u("主要产品")}, {}},
        {"business_scope", "经营范围", {}, {}},
        {"profile", "公司简介", {u("简介"), u("企业简介"), u("Profile")}, {}},
        {"bank_name", "开户银行", {u("开户行"), u("银行")}, {}},
        {"bank_account", "银行账号", {u("账号"), u("银行帐号")}, {}},
        {"tax_no", "税号", {u("纳税人识别号")}, {}},
        {"invoice_title", "发票抬头", {u("开票名称")}, {}},
        {"invoice_address", "开票地址", {}, {}},
        {"invoice_phone", "开票电话", {}, {}},
        {"payment_terms", "付款方式", {u("结算方式")},
         {{"cash", "现金"}, {"transfer", "银行转账"}, {"monthly", "月结"}, {"quarterly", "季结"}, {"prepaid", "预付款"},
          {"acceptance", "银行承兑汇票"}}},
        {"credit_limit", "信用额度", {}, {}},
        {"deal_total", "成交总额", {}, {}},
        {"groups", "客户分组", {u("分组")},
         {{"vip", "VIP"}, {"dealer", "经销商"}, {"partner", "合作伙伴"}, {"supplier", "供应商"}, {"media", "媒体"},
          {"government", "政府"}, {"newsletter", "资讯订阅"}}},
        {"value_class", "价值等级", {u("客户价值")}, {{"high", "高价值"}, {"medium", "中价值"}, {"low", "低价值"}}},
        {"cooperation", "合作状态", {u("合作情况")},
         {{"none", "未合作"}, {"negotiating", "洽谈中"}, {"active", "合作中"}, {"paused", "暂停合作"}, {"ended", "已终止"}}},
        {"contact_cycle", "联系周期", {u("回访周期")},
         {{"weekly", "每周"}, {"biweekly", "每两周"}, {"monthly", "每月"}, {"quarterly", "每季度"}, {"half_yearly", "每半年"},
          {"yearly", "每年"}}},
        {"sales_area", "销售区域", {u("区域"), u("片区")}, {}},
        {"tags", "标签", {}, {}},
        {"notes", "备注", {u("说明"), u("Remarks")}, {}},
        {"requirements", "客户需求", {u("需求")}, {}},
        {"competitors", "竞争对手", {}, {}},
        {"status", "跟进状态", {u("状态")},
         {{"following", "跟进中"}, {"quoted", "已报价"}, {"signed", "已签约"}, {"paused", "暂停"}, {"invalid", "无效"}}},
        {"last_contact_on", "最近联系日期", {u("最近联系"), u("上次联系")}, {}},
        {"next_contact_on", "下次联系日期", {u("下次联系")}, {}},
        {"next_action", "下一步", {u("下一步计划")}, {}},
        {"success_rate", "成功率(%)", {u("成功率"), u("Success rate")}, {}},
        {"expected_amount", "预计金额", {u("预计成交金额")}, {}},
        {"expected_close_on", "预计成交日期", {u("预计签约日期")}, {}},
        {"owner_id", "跟进人", {u("负责人"), u("业务员"), u("Owner")}, {}},
        {"department_id", "部门", {u("所属部门")}, {}},
        {"creator_id", "创建人", {}, {}},
        {"created_at", "创建时间", {}, {}},
        {"updated_by", "修改人", {}, {}},
        {"updated_at", "修改时间", {}, {}},
        {"assigned_at", "分配时间", {}, {}},
    };
    return table;
}

// Contacts: the first alias is the header of the column in an import file
// ("联系人手机" where the contact form says just "手机").
const QList<ZhField> &contactTable()
{
    static const QList<ZhField> table{
        {"name", "姓名", {u("联系人"), u("联系人姓名"), u("联系人名称"), u("Contact name"), u("Contact")}, {}},
        {"gender", "性别", {u("联系人性别"), u("Contact gender"), u("Sex")}, {{"male", "男"}, {"female", "女"}}},
        {"salutation", "称呼", {u("联系人称呼")}, {}},
        {"title", "职务", {u("联系人职务"), u("职位"), u("联系人职位"), u("Contact position"), u("Job title")}, {}},
        {"department", "所在部门", {u("联系人部门")}, {}},
        {"mobile", "手机", {u("联系人手机"), u("联系人手机号"), u("联系人手机号码"), u("Contact mobile")}, {}},
        {"phone", "电话", {u("联系人电话"), u("Contact telephone"), u("Contact phone")}, {}},
        {"email", "电子邮箱", {u("联系人邮箱"), u("联系人电子邮箱"), u("Contact e-mail"), u("Contact email")}, {}},
        {"im", "微信/QQ", {u("联系人微信"), u("微信"), u("QQ")}, {}},
        {"birthday", "生日", {u("联系人生日"), u("出生日期"), u("Contact birthday")}, {}},
        {"hobbies", "爱好", {}, {}},
        {"manager_name", "上级姓名", {}, {}},
        {"manager_phone", "上级电话", {}, {}},
        {"assistant_name", "助理姓名", {}, {}},
        {"assistant_phone", "助理电话", {}, {}},
        {"native_place", "籍贯", {}, {}},
        {"education", "学历", {},
         {{"secondary", "中学"}, {"college", "大专"}, {"bachelor", "本科"}, {"master", "硕士"}, {"doctor", "博士"}}},
        {"spouse_name", "配偶姓名", {}, {}},
        {"children", "子女", {}, {}},
        {"family", "家庭情况", {}, {}},
        {"home_address", "家庭住址", {}, {}},
        {"notes", "联系人备注", {}, {}},
        {"primary", "主联系人", {}, {}},
    };
    return table;
}

} // namespace

QList<FieldDef> withChineseLabels(FieldEntity entity, QList<FieldDef> fields)
{
    QHash<QString, const ZhField *> byKey;
    for (const ZhField &z : entity == FieldEntity::Customer ? customerTable() : contactTable())
        byKey.insert(QString::fromLatin1(z.key), &z);
    for (FieldDef &f : fields) {
        const ZhField *z = byKey.value(f.key);
        if (!z)
            continue;
        f.labelZh = QString::fromUtf8(z->label);
        f.aliases = z->aliases;
        for (Choice &choice : f.choices)
            for (const auto &[key, label] : z->choices)
                if (choice.key == QLatin1String(key))
                    choice.labelZh = QString::fromUtf8(label);
    }
    return fields;
}

} // namespace cordial::domain
