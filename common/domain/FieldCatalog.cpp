#include "domain/FieldCatalog.h"

#include "domain/FieldLabelsZh.h"

#include <QHash>
#include <QtGlobal>

namespace cordial::domain {

namespace {

#define L(text) QStringLiteral(QT_TRANSLATE_NOOP("Field", text))

// Flags of a field, combined with |, so that the table below reads as a table.
enum Flag : unsigned {
    None = 0,
    Required = 1,
    Listable = 2,
    Searchable = 4,
    Sortable = 8,
    Bulk = 16,
    ReadOnly = 32,
};

FieldDef field(const char *key, FieldType type, FieldTab tab, const QString &label, unsigned flags = None,
               int maxLength = 0, QList<Choice> choices = {})
{
    FieldDef f;
    f.key = QString::fromLatin1(key);
    f.type = type;
    f.tab = tab;
    f.label = label;
    f.required = flags & Required;
    f.listable = flags & Listable;
    f.searchable = flags & Searchable;
    f.sortable = flags & Sortable;
    f.bulkEditable = flags & Bulk;
    f.readOnly = flags & ReadOnly;
    f.maxLength = maxLength;
    f.choices = std::move(choices);
    return f;
}

Choice c(const char *key, const QString &label)
{
    return {QString::fromLatin1(key), label, {}};
}

} // namespace

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text: return QStringLiteral("text");
    case FieldType::LongText: return QStringLiteral("long_text");
    case FieldType::Phone: return QStringLiteral("phone");
    case FieldType::Mobile: return QStringLiteral("mobile");
    case FieldType::Email: return QStringLiteral("email");
    case FieldType::Url: return QStringLiteral("url");
    case FieldType::Date: return QStringLiteral("date");
    case FieldType::DateTime: return QStringLiteral("datetime");
    case FieldType::Money: return QStringLiteral("money");
    case FieldType::Integer: return QStringLiteral("integer");
    case FieldType::Choice: return QStringLiteral("choice");
    case FieldType::MultiChoice: return QStringLiteral("multi_choice");
    case FieldType::User: return QStringLiteral("user");
    case FieldType::Department: return QStringLiteral("department");
    case FieldType::Region: return QStringLiteral("region");
    case FieldType::Boolean: return QStringLiteral("boolean");
    }
    return QStringLiteral("text");
}

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    static const QHash<QString, FieldType> byName = [] {
        QHash<QString, FieldType> h;
        for (int t = int(FieldType::Text); t <= int(FieldType::Boolean); ++t)
            h.insert(fieldTypeName(FieldType(t)), FieldType(t));
        return h;
    }();
    const auto it = byName.constFind(name);
    if (it == byName.cend())
        return std::nullopt;
    return *it;
}

QString fieldTabName(FieldTab tab)
{
    switch (tab) {
    case FieldTab::Basic: return QStringLiteral("basic");
    case FieldTab::Company: return QStringLiteral("company");
    case FieldTab::Financial: return QStringLiteral("financial");
    case FieldTab::Groups: return QStringLiteral("groups");
    case FieldTab::Notes: return QStringLiteral("notes");
    case FieldTab::Status: return QStringLiteral("status");
    case FieldTab::Management: return QStringLiteral("management");
    case FieldTab::History: return QStringLiteral("history");
    case FieldTab::Contact: return QStringLiteral("contact");
    }
    return QStringLiteral("basic");
}

std::optional<FieldTab> fieldTabFromName(const QString &name)
{
    for (int t = int(FieldTab::Basic); t <= int(FieldTab::Contact); ++t)
        if (fieldTabName(FieldTab(t)) == name)
            return FieldTab(t);
    return std::nullopt;
}

bool FieldDef::hasChoice(const QString &choiceKey) const
{
    for (const Choice &choice : choices)
        if (choice.key == choiceKey)
            return true;
    return false;
}

int FieldDef::effectiveMaxLength() const
{
    if (maxLength > 0)
        return maxLength;
    switch (type) {
    case FieldType::LongText: return 20000;
    case FieldType::Email: return 254;
    case FieldType::Url: return 500;
    case FieldType::Phone: return 40;
    case FieldType::Mobile: return 40;
    default: return 200;
    }
}

const QList<FieldDef> &builtInCustomerFields()
{
    using T = FieldType;
    using Tab = FieldTab;
    static const QList<FieldDef> fields = withChineseLabels(FieldEntity::Customer, {
        // Basic
        field("name", T::Text, Tab::Basic, L("Customer name"), Required | Listable | Searchable | Sortable, 200),
        field("short_name", T::Text, Tab::Basic, L("Short name"), Listable | Searchable | Sortable, 60),
        field("english_name", T::Text, Tab::Basic, L("English name"), Searchable, 200),
        field("customer_no", T::Text, Tab::Basic, L("Customer number"), Listable | Sortable, 40),
        field("kind", T::Choice, Tab::Basic, L("Customer kind"), Listable | Bulk, 0,
              {c("company", L("Company")), c("person", L("Individual"))}),
        field("customer_type", T::Choice, Tab::Basic, L("Customer type"), Listable | Sortable | Bulk, 0,
              {c("prospect", L("Prospect")), c("interested", L("Interested")), c("customer", L("Customer")),
               c("key_account", L("Key account")), c("lost", L("Lost"))}),
        field("phone", T::Phone, Tab::Basic, L("Telephone"), Listable | Searchable),
        field("phone2", T::Phone, Tab::Basic, L("Telephone 2"), Searchable),
        field("fax", T::Phone, Tab::Basic, L("Fax"), Listable | Searchable),
        field("mobile", T::Mobile, Tab::Basic, L("Mobile"), Listable | Searchable),
        field("email", T::Email, Tab::Basic, L("E-mail"), Listable | Searchable),
        field("website", T::Url, Tab::Basic, L("Website")),
        field("province", T::Region, Tab::Basic, L("Province"), Listable | Sortable | Bulk, 40),
        field("city", T::Region, Tab::Basic, L("City"), Listable | Sortable | Bulk, 40),
        field("district", T::Text, Tab::Basic, L("District"), Listable | Bulk, 40),
        field("address", T::Text, Tab::Basic, L("Address"), Listable | Searchable, 300),
        field("postcode", T::Text, Tab::Basic, L("Postcode"), None, 10),
        field("source", T::Choice, Tab::Basic, L("Source"), Listable | Sortable | Bulk, 0,
              {c("phone", L("Telephone marketing")), c("web", L("Website / online")), c("exhibition", L("Trade fair")),
               c("referral", L("Referral")), c("existing", L("Existing customer")), c("advert", L("Advertising")),
               c("partner", L("Partner")), c("other", L("Other"))}),
        field("industry", T::Choice, Tab::Basic, L("Industry"), Listable | Sortable | Bulk, 0,
              {c("manufacturing", L("Manufacturing")), c("it", L("IT and software")),
               c("telecom", L("Telecommunications")), c("finance", L("Finance and insurance")),
               c("trade", L("Wholesale and retail")), c("construction", L("Construction and real estate")),
               c("logistics", L("Transport and logistics")), c("energy", L("Energy and utilities")),
               c("healthcare", L("Healthcare")), c("education", L("Education")),
               c("government", L("Government and public sector")), c("media", L("Media and advertising")),
               c("hospitality", L("Hotels and catering")), c("agriculture", L("Agriculture")),
               c("services", L("Business services")), c("other", L("Other"))}),
        field("grade", T::Choice, Tab::Basic, L("Grade"), Listable | Sortable | Bulk, 0,
              {c("a", L("A – key")), c("b", L("B – important")), c("c", L("C – normal")), c("d", L("D – minor"))}),
        // Company profile
        field("legal_name", T::Text, Tab::Company, L("Registered name"), Searchable, 200),
        field("credit_code", T::Text, Tab::Company, L("Unified social credit code"), None, 18),
        field("legal_representative", T::Text, Tab::Company, L("Legal representative"), None, 60),
        field("company_nature", T::Choice, Tab::Company, L("Ownership"), Listable | Bulk, 0,
              {c("state", L("State-owned")), c("private", L("Private")), c("foreign", L("Foreign-owned")),
               c("joint", L("Joint venture")), c("individual", L("Sole proprietor")),
               c("institution", L("Public institution")), c("government", L("Government agency")),
               c("other", L("Other"))}),
        field("founded_on", T::Date, Tab::Company, L("Founded on")),
        field("registered_capital", T::Money, Tab::Company, L("Registered capital")),
        field("employees", T::Integer, Tab::Company, L("Employees"), Listable | Sortable),
        field("annual_revenue", T::Money, Tab::Company, L("Annual revenue"), Listable | Sortable),
        field("main_products", T::LongText, Tab::Company, L("Main products"), None, 2000),
        field("business_scope", T::LongText, Tab::Company, L("Business scope"), None, 4000),
        field("profile", T::LongText, Tab::Company, L("Company profile")),
        // Financial
        field("bank_name", T::Text, Tab::Financial, L("Bank"), None, 100),
        field("bank_account", T::Text, Tab::Financial, L("Bank account"), None, 60),
        field("tax_no", T::Text, Tab::Financial, L("Tax number"), None, 40),
        field("invoice_title", T::Text, Tab::Financial, L("Invoice title"), None, 200),
        field("invoice_address", T::Text, Tab::Financial, L("Invoice address"), None, 300),
        field("invoice_phone", T::Phone, Tab::Financial, L("Invoice telephone")),
        field("payment_terms", T::Choice, Tab::Financial, L("Payment terms"), Listable | Bulk, 0,
              {c("cash", L("Cash")), c("transfer", L("Bank transfer")), c("monthly", L("Monthly statement")),
               c("quarterly", L("Quarterly statement")), c("prepaid", L("Prepayment")),
               c("acceptance", L("Bank acceptance bill"))}),
        field("credit_limit", T::Money, Tab::Financial, L("Credit limit"), Listable | Sortable | Bulk),
        field("deal_total", T::Money, Tab::Financial, L("Total deal value"), Listable | Sortable | ReadOnly),
        // Groups and classification
        field("groups", T::MultiChoice, Tab::Groups, L("Groups"), Listable | Bulk, 0,
              {c("vip", L("VIP")), c("dealer", L("Dealer")), c("partner", L("Partner")),
               c("supplier", L("Supplier")), c("media", L("Media")), c("government", L("Government")),
               c("newsletter", L("Newsletter"))}),
        field("value_class", T::Choice, Tab::Groups, L("Value class"), Listable | Sortable | Bulk, 0,
              {c("high", L("High value")), c("medium", L("Medium value")), c("low", L("Low value"))}),
        field("cooperation", T::Choice, Tab::Groups, L("Cooperation"), Listable | Sortable | Bulk, 0,
              {c("none", L("Not cooperating")), c("negotiating", L("Negotiating")), c("active", L("Cooperating")),
               c("paused", L("Paused")), c("ended", L("Ended"))}),
        field("contact_cycle", T::Choice, Tab::Groups, L("Contact cycle"), Listable | Bulk, 0,
              {c("weekly", L("Weekly")), c("biweekly", L("Every two weeks")), c("monthly", L("Monthly")),
               c("quarterly", L("Quarterly")), c("half_yearly", L("Every six months")), c("yearly", L("Yearly"))}),
        field("sales_area", T::Text, Tab::Groups, L("Sales area"), Listable | Sortable | Bulk, 60),
        field("tags", T::Text, Tab::Groups, L("Tags"), Listable | Searchable | Bulk, 200),
        // Notes
        field("notes", T::LongText, Tab::Notes, L("Notes")),
        field("requirements", T::LongText, Tab::Notes, L("Requirements"), None, 4000),
        field("competitors", T::LongText, Tab::Notes, L("Competitors"), None, 2000),
        // Current status
        field("status", T::Choice, Tab::Status, L("Status"), Listable | Sortable | Bulk, 0,
              {c("following", L("Following up")), c("quoted", L("Quoted")), c("signed", L("Contract signed")),
               c("paused", L("On hold")), c("invalid", L("Invalid"))}),
        field("last_contact_on", T::Date, Tab::Status, L("Last contact"), Listable | Sortable),
        field("next_contact_on", T::Date, Tab::Status, L("Next contact"), Listable | Sortable | Bulk),
        field("next_action", T::Text, Tab::Status, L("Next step"), Listable, 200),
        field("success_rate", T::Integer, Tab::Status, L("Success rate (%)"), Listable | Sortable),
        field("expected_amount", T::Money, Tab::Status, L("Expected amount"), Listable | Sortable),
        field("expected_close_on", T::Date, Tab::Status, L("Expected closing date"), Listable | Sortable),
        // Management
        field("owner_id", T::User, Tab::Management, L("Follower"), Listable | Sortable),
        field("department_id", T::Department, Tab::Management, L("Department"), Listable),
        field("creator_id", T::User, Tab::Management, L("Created by"), Listable | ReadOnly),
        field("created_at", T::DateTime, Tab::Management, L("Created at"), Listable | Sortable | ReadOnly),
        field("updated_by", T::User, Tab::Management, L("Modified by"), Listable | ReadOnly),
        field("updated_at", T::DateTime, Tab::Management, L("Modified at"), Listable | Sortable | ReadOnly),
        field("assigned_at", T::DateTime, Tab::Management, L("Assigned at"), Listable | Sortable | ReadOnly),
    });
    return fields;
}

const QList<FieldDef> &builtInContactFields()
{
    using T = FieldType;
    using Tab = FieldTab;
    static const QList<FieldDef> fields = withChineseLabels(FieldEntity::Contact, {
        field("name", T::Text, Tab::Contact, L("Contact name"), Required | Listable | Searchable, 60),
        field("gender", T::Choice, Tab::Contact, L("Gender"), Listable, 0,
              {c("male", L("Male")), c("female", L("Female"))}),
        field("salutation", T::Text, Tab::Contact, L("Salutation"), None, 30),
        field("title", T::Text, Tab::Contact, L("Position"), Listable, 60),
        field("department", T::Text, Tab::Contact, L("Department (at the customer)"), None, 60),
        field("mobile", T::Mobile, Tab::Contact, L("Mobile"), Listable | Searchable),
        field("phone", T::Phone, Tab::Contact, L("Telephone"), Listable | Searchable),
        field("email", T::Email, Tab::Contact, L("E-mail"), Listable | Searchable),
        field("im", T::Text, Tab::Contact, L("WeChat / QQ"), None, 60),
        field("birthday", T::Date, Tab::Contact, L("Birthday"), Listable),
        field("hobbies", T::Text, Tab::Contact, L("Hobbies"), None, 200),
        field("manager_name", T::Text, Tab::Contact, L("Manager's name"), None, 60),
        field("manager_phone", T::Phone, Tab::Contact, L("Manager's telephone")),
        field("assistant_name", T::Text, Tab::Contact, L("Assistant's name"), None, 60),
        field("assistant_phone", T::Phone, Tab::Contact, L("Assistant's telephone")),
        field("native_place", T::Text, Tab::Contact, L("Native place"), None, 60),
        field("education", T::Choice, Tab::Contact, L("Education level"), None, 0,
              {c("secondary", L("Secondary school")), c("college", L("College")), c("bachelor", L("Bachelor")),
               c("master", L("Master")), c("doctor", L("Doctorate"))}),
        field("spouse_name", T::Text, Tab::Contact, L("Spouse's name"), None, 60),
        field("children", T::Text, Tab::Contact, L("Children"), None, 200),
        field("family", T::LongText, Tab::Contact, L("Family situation"), None, 2000),
        field("home_address", T::Text, Tab::Contact, L("Home address"), None, 300),
        field("notes", T::LongText, Tab::Contact, L("Notes about the contact"), None, 4000),
        field("primary", T::Boolean, Tab::Contact, L("Primary contact"), Listable),
    });
    return fields;
}

const FieldDef *findBuiltInField(FieldEntity entity, const QString &key)
{
    const auto &fields = entity == FieldEntity::Customer ? builtInCustomerFields() : builtInContactFields();
    for (const FieldDef &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

} // namespace cordial::domain
