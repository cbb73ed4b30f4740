// The field catalog: every field of a customer and of a contact, described once.
// The server validates and stores by it; the client's form, column chooser, import
// mapping, export columns and bulk edit read it (fields.list sends it, custom
// fields included).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cordial::domain {

enum class FieldType {
    Text,        // one line
    LongText,    // several lines
    Phone,       // landline or any number: digits, spaces, + - ( ) and an extension
    Mobile,      // a Chinese mobile number, stored as 11 digits
    Email,
    Url,
    Date,        // YYYY-MM-DD
    DateTime,    // read-only timestamps (ISO 8601 UTC)
    Money,       // decimal with up to 2 places, stored as integer cents
    Integer,
    Choice,      // one key from the field's choices
    MultiChoice, // a list of keys
    User,        // a user id
    Department,  // a department id
    Region,      // a province or city name from regions.list
    Boolean,
};

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(const QString &name);

// The tabs of the customer form, in order. History has no fields of its own.
enum class FieldTab { Basic, Company, Financial, Groups, Notes, Status, Management, History, Contact };

QString fieldTabName(FieldTab tab);
std::optional<FieldTab> fieldTabFromName(const QString &name);

enum class FieldEntity { Customer, Contact };

struct Choice {
    QString key;   // stored and sent on the wire
    QString label; // English source text; translated in the "Field" context
    QString labelZh; // Simplified Chinese, for files the server writes
};

struct FieldDef {
    QString key;   // wire name and column name; [a-z][a-z0-9_]*
    FieldType type = FieldType::Text;
    FieldTab tab = FieldTab::Basic;
    QString label; // English source text; translated in the "Field" context
    QString labelZh;     // Simplified Chinese, for files the server writes (export, import template)
    QStringList aliases; // other column headers an import file may use, Chinese and English
    bool required = false;
    int maxLength = 0; // text kinds; 0 = the type's default
    QList<Choice> choices;
    bool listable = false;   // may be a column of the list and a list filter
    bool searchable = false; // feeds the search index
    bool sortable = false;   // the list may be sorted on it (needs an index)
    bool bulkEditable = false;
    bool readOnly = false;   // set by the server only
    bool custom = false;     // added by an administrator (fields.create)
    qint64 customId = 0;

    bool isChoice() const { return type == FieldType::Choice || type == FieldType::MultiChoice; }
    bool hasChoice(const QString &key) const;
    int effectiveMaxLength() const;
};

// Built-in fields, in form order.
const QList<FieldDef> &builtInCustomerFields();
const QList<FieldDef> &builtInContactFields();
const FieldDef *findBuiltInField(FieldEntity entity, const QString &key);

// Translation context of labels and choice labels.
inline constexpr const char *kFieldTranslationContext = "Field";

} // namespace cordial::domain
