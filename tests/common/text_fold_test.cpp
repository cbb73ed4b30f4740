// common/text: search folding, pinyin, surnames, digits, mobile numbers, e-mail, search tokens.
// Expected readings were checked against ICU 72 (Debian 12) Han-Latin and standard usage.
#include "text/TextFold.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <atomic>
#include <thread>
#include <vector>

using namespace cordial::text;

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return "{" + l.join(QStringLiteral(", ")).toStdString() + "}";
    }
};
} // namespace Catch

namespace {

struct Case
{
    const char *input;
    const char *expected;
};

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

QStringList words(const char *s)
{
    return u8(s).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

// ---------------------------------------------------------------------------------- fold

TEST_CASE("fold: NFKC, case folding, whitespace")
{
    const Case cases[] = {
        {"", ""},
        {"   ", ""},
        {"ＡＢＣ１２３", "abc123"},
        {"ａｂｃ", "abc"},
        {"Hello World", "hello world"},
        {"HELLO", "hello"},
        {"  leading and trailing  ", "leading and trailing"},
        {"many \t\n  spaces", "many spaces"},
        {"全角　空格", "全角 空格"},           // U+3000 ideographic space
        {"（北京）", "(北京)"},                 // full-width parentheses
        {"Ａ，Ｂ！Ｃ？", "a,b!c?"},             // full-width punctuation
        {"＠＃＄％＆", "@#$%&"},
        {"ｶﾀｶﾅ", "カタカナ"},                   // half-width katakana -> full-width
        {"Ⅻ", "xii"},                          // roman numeral compatibility form
        {"①②", "12"},
        {"㈱", "(株)"},
        {"Straße", "strasse"},
        {"ÉCOLE", "école"},
        {"zero\u200Bwidth", "zerowidth"},       // default-ignorable removed
        {"non\u00A0breaking", "non breaking"},
        {"ＡＢＣ　張三 ", "abc 张三"},
    };
    for (const Case &c : cases) {
        INFO(c.input);
        CHECK(fold(u8(c.input)) == u8(c.expected));
    }
}

TEST_CASE("fold: traditional Chinese becomes simplified")
{
    const Case cases[] = {
        {"張三", "张三"},
        {"華為", "华为"},
        {"臺灣", "台湾"},
        {"台灣", "台湾"},
        {"長孫無忌", "长孙无忌"},
        {"中國銀行", "中国银行"},
        {"歐陽", "欧阳"},
        {"諸葛亮", "诸葛亮"},
        {"廣東省深圳市", "广东省深圳市"},
        {"電話號碼", "电话号码"},
        {"華為技術有限公司", "华为技术有限公司"},
        {"简体不变", "简体不变"},
    };
    for (const Case &c : cases) {
        INFO(c.input);
        CHECK(fold(u8(c.input)) == u8(c.expected));
    }
    // Both spellings fold to the same key.
    const Case pairs[] = {
        {"張三", "张三"},
        {"華為", "华为"},
        {"臺灣", "台湾"},
        {"台灣", "臺灣"},
        {"萬科企業股份有限公司", "万科企业股份有限公司"},
        {"ＡＢＣ張三", "abc张三"},
    };
    for (const Case &c : pairs) {
        INFO(c.input << " vs " << c.expected);
        CHECK(fold(u8(c.input)) == fold(u8(c.expected)));
    }
}

TEST_CASE("fold is idempotent")
{
    const char *inputs[] = {"ＡＢＣ　張三 ", "Straße", "臺灣 Taipei 101", "①②", "㈱華為", "  x  y  "};
    for (const char *input : inputs) {
        INFO(input);
        const QString once = fold(u8(input));
        CHECK(fold(once) == once);
    }
}

// ---------------------------------------------------------------------------------- pinyin

namespace {

struct PinyinCase
{
    const char *input;
    const char *syllables; // space-separated
    const char *initials;
};

void checkPinyin(const Pinyin &p, const PinyinCase &c)
{
    const QStringList expected = words(c.syllables);
    CHECK(p.syllables == expected);
    CHECK(p.full == expected.join(QString()));
    CHECK(p.initials == u8(c.initials));
}

} // namespace

TEST_CASE("pinyin of ordinary names, companies and places")
{
    const PinyinCase cases[] = {
        {"张三", "zhang san", "zs"},
        {"李四", "li si", "ls"},
        {"王小明", "wang xiao ming", "wxm"},
        {"华为技术有限公司", "hua wei ji shu you xian gong si", "hwjsyxgs"},
        {"腾讯科技", "teng xun ke ji", "txkj"},
        {"阿里巴巴", "a li ba ba", "albb"},
        {"北京", "bei jing", "bj"},
        {"重庆", "chong qing", "cq"},
        {"重庆重工", "chong qing zhong gong", "cqzg"},
        {"长沙", "chang sha", "cs"},
        {"长城汽车", "chang cheng qi che", "ccqc"},
        {"董事长", "dong shi zhang", "dsz"},
        {"中国工商银行", "zhong guo gong shang yin hang", "zggsyh"},
        {"招商银行深圳分行", "zhao shang yin hang shen zhen fen hang", "zsyhszfh"},
        {"旅行社", "lv xing she", "lxs"},
        {"厦门", "xia men", "xm"},
        {"万达大厦", "wan da da sha", "wdds"},
        {"成都", "cheng du", "cd"},
        {"西藏", "xi zang", "xz"},
        {"房地产", "fang di chan", "fdc"},
        {"会计师事务所", "kuai ji shi shi wu suo", "kjssws"},
        {"音乐", "yin yue", "yy"},
        {"快乐", "kuai le", "kl"},
        {"绿色", "lv se", "ls"},
        {"女士", "nv shi", "ns"},
        {"〇一", "ling yi", "ly"},
        {"了", "le", "l"},
        // Traditional input is folded first.
        {"華為", "hua wei", "hw"},
        {"臺灣", "tai wan", "tw"},
        {"張三", "zhang san", "zs"},
    };
    for (const PinyinCase &c : cases) {
        INFO(c.input);
        checkPinyin(pinyin(u8(c.input)), c);
    }
}

TEST_CASE("pinyin of mixed text: Latin, digits, punctuation")
{
    const PinyinCase cases[] = {
        {"", "", ""},
        {"abc张三123", "abc zhang san 123", "abczs123"},
        {"TCL集团", "tcl ji tuan", "tcljt"},
        {"ＩＢＭ中国", "ibm zhong guo", "ibmzg"},
        {"华为 Mate60 Pro", "hua wei mate60 pro", "hwmate60pro"},
        {"3M中国", "3m zhong guo", "3mzg"},
        {"张三, 李四!", "zhang san li si", "zsls"},
        {"(北京)科技", "bei jing ke ji", "bjkj"},
        {"Hello, World", "hello world", "helloworld"},
        {"1号店", "1 hao dian", "1hd"},
        {"---", "", ""},
    };
    for (const PinyinCase &c : cases) {
        INFO(c.input);
        checkPinyin(pinyin(u8(c.input)), c);
    }
}

TEST_CASE("pinyin: one syllable per Han character")
{
    const char *inputs[] = {"华为技术有限公司", "中华人民共和国", "瓩", "嗯", "呣", "噷",
                            "𠀀", "重庆长安汽车股份有限公司", "北京市朝阳区建国路88号"};
    for (const char *input : inputs) {
        INFO(input);
        const Pinyin p = pinyin(u8(input));
        const QStringList tokens = searchTokens(u8(input));
        CHECK(p.syllables.size() == tokens.size());
        for (const QString &s : p.syllables) {
            CHECK_FALSE(s.isEmpty());
            CHECK_FALSE(s.contains(u' '));
        }
    }
    // A Han character ICU has no reading for is kept as itself; 々 repeats the previous syllable.
    CHECK(pinyin(u8("人々")).syllables == words("ren ren"));
    CHECK(pinyin(u8("人々")).initials == u8("rr"));
}

// ---------------------------------------------------------------------------------- surnames

TEST_CASE("personNamePinyin: ordinary names read like pinyin()")
{
    const PinyinCase cases[] = {
        {"张三", "zhang san", "zs"},
        {"王小明", "wang xiao ming", "wxm"},
        {"李娜", "li na", "ln"},
        {"吕布", "lv bu", "lb"},
        {"Zhang San", "zhang san", "zhangsan"},
        {"", "", ""},
    };
    for (const PinyinCase &c : cases) {
        INFO(c.input);
        checkPinyin(personNamePinyin(u8(c.input)), c);
    }
}

TEST_CASE("personNamePinyin: polyphonic single surnames")
{
    // Surname + 明. Independent of the implementation's table: every entry is listed here.
    const Case surnames[] = {
        {"曾", "zeng"},  {"单", "shan"},  {"解", "xie"},   {"仇", "qiu"},   {"区", "ou"},
        {"朴", "piao"},  {"查", "zha"},   {"盖", "ge"},    {"乐", "yue"},   {"缪", "miao"},
        {"覃", "qin"},   {"翟", "zhai"},  {"召", "shao"},  {"种", "chong"}, {"员", "yun"},
        {"秘", "bi"},    {"句", "gou"},   {"繁", "po"},    {"尉", "yu"},    {"宿", "su"},
        {"黑", "he"},    {"过", "guo"},   {"阚", "kan"},   {"能", "nai"},   {"眭", "sui"},
        {"沈", "shen"},  {"重", "chong"}, {"长", "chang"}, {"藏", "zang"},  {"牟", "mou"},
        {"纪", "ji"},    {"任", "ren"},   {"华", "hua"},   {"石", "shi"},   {"乜", "nie"},
        {"隗", "wei"},   {"卜", "bu"},    {"刀", "diao"},  {"粘", "nian"},  {"折", "she"},
        {"舍", "she"},   {"燕", "yan"},   {"葛", "ge"},    {"干", "gan"},   {"都", "du"},
        {"褚", "chu"},   {"薄", "bo"},    {"蔚", "yu"},    {"谌", "chen"},  {"颉", "xie"},
        {"隽", "juan"},  {"祭", "zhai"},  {"那", "na"},    {"蕃", "pi"},    {"郗", "xi"},
        {"啜", "chuai"}, {"番", "pan"},   {"逢", "pang"},  {"逄", "pang"},  {"佴", "nai"},
        {"宓", "mi"},    {"贲", "ben"},   {"角", "jue"},   {"要", "yao"},   {"令", "ling"},
        {"莘", "shen"},  {"洗", "xian"},  {"冼", "xian"},  {"便", "pian"},  {"訾", "zi"},
        {"厍", "she"},   {"柏", "bai"},   {"占", "zhan"},  {"相", "xiang"}, {"车", "che"},
        {"曲", "qu"},    {"应", "ying"},  {"殷", "yin"},   {"贾", "jia"},   {"鲜", "xian"},
        {"朝", "chao"},  {"盛", "sheng"}, {"叶", "ye"},    {"吕", "lv"},    {"亓", "qi"},
        {"仉", "zhang"}, {"麴", "qu"},    {"阿", "a"},     {"于", "yu"},    {"万", "wan"},
    };
    for (const Case &c : surnames) {
        const QString name = u8(c.input) + u8("明");
        INFO(name.toStdString());
        const Pinyin p = personNamePinyin(name);
        REQUIRE(p.syllables.size() == 2);
        CHECK(p.syllables.front() == u8(c.expected));
        CHECK(p.syllables.back() == u8("ming"));
        CHECK(p.full == u8(c.expected) + u8("ming"));
        CHECK(p.initials == QString(QChar(u8(c.expected).front())) + u8("m"));
    }
}

TEST_CASE("personNamePinyin: well-known names")
{
    const PinyinCase cases[] = {
        {"曾国藩", "zeng guo fan", "zgf"},
        {"单雄信", "shan xiong xin", "sxx"},
        {"解缙", "xie jin", "xj"},
        {"仇英", "qiu ying", "qy"},
        {"区寄", "ou ji", "oj"},
        {"朴槿惠", "piao jin hui", "pjh"},
        {"查良镛", "zha liang yong", "zly"},
        {"乐嘉", "yue jia", "yj"},
        {"翟志刚", "zhai zhi gang", "zzg"},
        {"覃振", "qin zhen", "qz"},
        {"缪荃孙", "miao quan sun", "mqs"},
        {"盖叫天", "ge jiao tian", "gjt"},
        {"种师道", "chong shi dao", "csd"},
        {"沈从文", "shen cong wen", "scw"},
        {"任正非", "ren zheng fei", "rzf"},
        {"长孙无忌", "zhang sun wu ji", "zswj"},
        {"尉迟恭", "yu chi gong", "ycg"},
        {"万俟卨", "mo qi xie", "mqx"},
        {"单于夜", "chan yu ye", "cyy"},
        {"澹台灭明", "tan tai mie ming", "ttmm"},
        {"令狐冲", "ling hu chong", "lhc"},
        {"司马懿", "si ma yi", "smy"},
        {"欧阳修", "ou yang xiu", "oyx"},
        {"上官婉儿", "shang guan wan er", "sgwe"},
        {"诸葛亮", "zhu ge liang", "zgl"},
        {"东方朔", "dong fang shuo", "dfs"},
        {"皇甫谧", "huang fu mi", "hfm"},
        {"公孙策", "gong sun ce", "gsc"},
        {"慕容复", "mu rong fu", "mrf"},
        {"宇文泰", "yu wen tai", "ywt"},
        {"爱新觉罗玄烨", "ai xin jue luo xuan ye", "axjlxy"},
        // Traditional input.
        {"曾國藩", "zeng guo fan", "zgf"},
        {"單雄信", "shan xiong xin", "sxx"},
        {"區寄", "ou ji", "oj"},
        {"長孫無忌", "zhang sun wu ji", "zswj"},
        {"尉遲恭", "yu chi gong", "ycg"},
        {"萬俟卨", "mo qi xie", "mqx"},
        {"歐陽修", "ou yang xiu", "oyx"},
        {"諸葛亮", "zhu ge liang", "zgl"},
        {"澹臺滅明", "tan tai mie ming", "ttmm"},
        // Spaces around and inside the name fold away.
        {"  欧阳 娜娜 ", "ou yang na na", "oynn"},
    };
    for (const PinyinCase &c : cases) {
        INFO(c.input);
        checkPinyin(personNamePinyin(u8(c.input)), c);
    }
    // Only a leading surname is read as a surname.
    CHECK(personNamePinyin(u8("张曾")).syllables == words("zhang ceng"));
    CHECK(pinyin(u8("曾经")).syllables == words("ceng jing"));
    CHECK(pinyin(u8("单位")).syllables == words("dan wei"));
}

TEST_CASE("personNamePinyin: compound surnames")
{
    const Case compounds[] = {
        {"欧阳", "ou yang"},   {"太史", "tai shi"},   {"端木", "duan mu"},    {"上官", "shang guan"},
        {"司马", "si ma"},     {"东方", "dong fang"}, {"独孤", "du gu"},      {"南宫", "nan gong"},
        {"万俟", "mo qi"},     {"闻人", "wen ren"},   {"夏侯", "xia hou"},    {"诸葛", "zhu ge"},
        {"尉迟", "yu chi"},    {"公羊", "gong yang"}, {"赫连", "he lian"},    {"澹台", "tan tai"},
        {"皇甫", "huang fu"},  {"宗政", "zong zheng"}, {"濮阳", "pu yang"},   {"公冶", "gong ye"},
        {"太叔", "tai shu"},   {"申屠", "shen tu"},   {"公孙", "gong sun"},   {"慕容", "mu rong"},
        {"仲孙", "zhong sun"}, {"钟离", "zhong li"},  {"长孙", "zhang sun"},  {"宇文", "yu wen"},
        {"司徒", "si tu"},     {"鲜于", "xian yu"},   {"司空", "si kong"},    {"闾丘", "lv qiu"},
        {"子车", "zi ju"},     {"亓官", "qi guan"},   {"司寇", "si kou"},     {"巫马", "wu ma"},
        {"公西", "gong xi"},   {"颛孙", "zhuan sun"}, {"壤驷", "rang si"},    {"公良", "gong liang"},
        {"漆雕", "qi diao"},   {"乐正", "yue zheng"}, {"宰父", "zai fu"},     {"谷梁", "gu liang"},
        {"拓跋", "tuo ba"},    {"夹谷", "jia gu"},    {"轩辕", "xuan yuan"},  {"令狐", "ling hu"},
        {"段干", "duan gan"},  {"百里", "bai li"},    {"呼延", "hu yan"},     {"东郭", "dong guo"},
        {"南门", "nan men"},   {"羊舌", "yang she"},  {"微生", "wei sheng"},  {"梁丘", "liang qiu"},
        {"左丘", "zuo qiu"},   {"东门", "dong men"},  {"西门", "xi men"},     {"第五", "di wu"},
        {"单于", "chan yu"},   {"淳于", "chun yu"},   {"褚师", "chu shi"},    {"即墨", "ji mo"},
        {"达奚", "da xi"},     {"东宫", "dong gong"}, {"完颜", "wan yan"},    {"纳兰", "na lan"},
        {"爱新觉罗", "ai xin jue luo"}, {"叶赫那拉", "ye he na la"},
    };
    for (const Case &c : compounds) {
        const QString name = u8(c.input) + u8("明");
        INFO(name.toStdString());
        QStringList expected = words(c.expected);
        expected.append(u8("ming"));
        const Pinyin p = personNamePinyin(name);
        CHECK(p.syllables == expected);
        CHECK(p.full == expected.join(QString()));
        QString initials;
        for (const QString &s : expected)
            initials.append(s.front());
        CHECK(p.initials == initials);
    }
}

// ---------------------------------------------------------------------------------- digits

TEST_CASE("digits keeps only the digits, folded to ASCII")
{
    const Case cases[] = {
        {"(010) 8888-1234", "01088881234"},
        {"１３８ ００１３ ８０００", "13800138000"},
        {"+86 138-0013-8000", "8613800138000"},
        {"abc", ""},
        {"", ""},
        {"a1b2c3", "123"},
        {"٣٤٥", "345"}, // Arabic-Indic digits
        {"電話：０２１－１２３４", "0211234"},
    };
    for (const Case &c : cases) {
        INFO(c.input);
        CHECK(digits(u8(c.input)) == u8(c.expected));
    }
}

// ---------------------------------------------------------------------------------- mobile

TEST_CASE("normalizeMobile accepts the usual ways of writing a mobile number")
{
    const char *valid[] = {
        "13800138000",
        "138 0013 8000",
        "138-0013-8000",
        "138.0013.8000",
        "(138) 0013 8000",
        "+8613800138000",
        "+86 138 0013 8000",
        "+86-138-0013-8000",
        "+86 (138) 0013-8000",
        "008613800138000",
        "0086 138 0013 8000",
        "8613800138000",
        "86 138 0013 8000",
        "１３８００１３８０００",
        "＋８６ １３８－００１３－８０００",
        "（１３８）００１３　８０００",
        " 13800138000 ",
        "138\t0013\t8000",
    };
    for (const char *input : valid) {
        INFO(input);
        CHECK(normalizeMobile(u8(input)) == u8("13800138000"));
    }
    const Case others[] = {
        {"13012345678", "13012345678"}, {"14712345678", "14712345678"}, {"15912345678", "15912345678"},
        {"16612345678", "16612345678"}, {"17712345678", "17712345678"}, {"18612345678", "18612345678"},
        {"19912345678", "19912345678"}, {"+86 186 1234 5678", "18612345678"},
    };
    for (const Case &c : others) {
        INFO(c.input);
        CHECK(normalizeMobile(u8(c.input)) == u8(c.expected));
    }
}

TEST_CASE("normalizeMobile rejects what is not a Chinese mobile number")
{
    const char *invalid[] = {
        "",
        "1380013800",          // 10 digits
        "138001380001",        // 12 digits
        "12800138000",         // 12x is not a mobile prefix
        "11800138000",
        "10800138000",
        "23800138000",
        "03800138000",
        "138001380a0",         // a letter
        "tel 13800138000",
        "13800138000 ext 1",
        "+8513800138000",      // another country
        "+013800138000",
        "+86 12800138000",
        "8612800138000",
        "0086 12800138000",
        "00086 13800138000",
        "+8600 13800138000",
        "86 86 13800138000",
        "1380013800086",       // 86 at the end, not a prefix
        "138/0013/8000",
        "138001380000000",
        "(010) 8888-1234",     // a landline
        "+",
        "13800+138000",
        "++8613800138000",
    };
    for (const char *input : invalid) {
        INFO(input);
        CHECK(normalizeMobile(u8(input)).isEmpty());
    }
}

// ---------------------------------------------------------------------------------- e-mail

TEST_CASE("isValidEmail accepts practical addresses")
{
    const char *valid[] = {
        "user@example.com",
        "zhang.san@example.com.cn",
        "Zhang.San@Example.COM",
        "12345678@qq.com",
        "first-last@sub.domain.co",
        "user+tag@example.org",
        "o'brien@example.ie",
        "a_b@e-x.io",
        "x@a.bc",
        "!#$%&'*+-/=?^_`{|}~@example.com",
        "user@xn--fiqs8s.xn--fiqz9s",   // IDN in ASCII form
        "user@例子.中国",                  // IDN in Unicode
        "张三@例子.公司",                  // internationalised local part (RFC 6531)
        "user@123.example.com",
    };
    for (const char *input : valid) {
        INFO(input);
        CHECK(isValidEmail(u8(input)));
    }
    const QString longest = QString(64, u'a') + u8("@") + QString(63, u'b') + u8(".") + QString(63, u'c')
        + u8(".") + QString(61, u'd');
    REQUIRE(longest.size() == 254);
    CHECK(isValidEmail(longest));
}

TEST_CASE("isValidEmail rejects malformed addresses")
{
    const char *invalid[] = {
        "",
        "plainaddress",
        "@example.com",
        "user@",
        "user@@example.com",
        "user@exa@mple.com",
        "user@example",          // no dot in the domain
        "user@.example.com",
        "user@example.com.",
        "user@example..com",
        "user@-example.com",
        "user@example-.com",
        "user@exa_mple.com",
        "user@example.c",        // one-letter top-level label
        "user@example.123",      // numeric top-level label
        "user@192.168.1.1",
        "user@[192.168.1.1]",
        ".user@example.com",
        "user.@example.com",
        "us..er@example.com",
        "us er@example.com",
        " user@example.com",
        "user@example.com ",
        "user@exam ple.com",
        "user@example。com",      // ideographic full stop
        "ｕｓｅｒ@example.com",    // full-width letters
        "user＠example.com",      // full-width @
        "\"quoted\"@example.com",
        "user(comment)@example.com",
        "user@example.com\n",
        "张三，@example.com",
    };
    for (const char *input : invalid) {
        INFO(input);
        CHECK_FALSE(isValidEmail(u8(input)));
    }
    const QString tooLong = QString(64, u'a') + u8("@") + QString(63, u'b') + u8(".") + QString(63, u'c')
        + u8(".") + QString(62, u'd');
    REQUIRE(tooLong.size() == 255);
    CHECK_FALSE(isValidEmail(tooLong));
    CHECK_FALSE(isValidEmail(QString(65, u'a') + u8("@example.com")));
    CHECK_FALSE(isValidEmail(u8("user@") + QString(64, u'b') + u8(".com")));
}

// ---------------------------------------------------------------------------------- tokens

TEST_CASE("searchTokens: one token per Han character, words split on the rest")
{
    const Case cases[] = {
        {"", ""},
        {"张三", "张 三"},
        {"華為 Mate60-Pro", "华 为 mate60 pro"},
        {"北京华为技术有限公司", "北 京 华 为 技 术 有 限 公 司"},
        {"ＡＢＣ１２３", "abc123"},
        {"abc张三123", "abc 张 三 123"},
        {"user@example.com", "user example com"},
        {"O'Brien & Sons, Ltd.", "o brien sons ltd"},
        {"  (010) 8888-1234 ", "010 8888 1234"},
        {"Crème Brûlée", "crème brûlée"},
        {"カタカナ漢字", "カタカナ 汉 字"},
        {"𠀀a", "𠀀 a"},
        {"!!!", ""},
    };
    for (const Case &c : cases) {
        INFO(c.input);
        CHECK(searchTokens(u8(c.input)) == words(c.expected));
    }
}

// ---------------------------------------------------------------------------------- threads

namespace {

QStringList sampleTexts(int count)
{
    const QStringList surnames = words("张 王 李 赵 曾 單 欧阳 長孫 尉遲 萬俟 查 朴 華 沈 區");
    const QStringList given = words("三 偉 芳 娜 秀英 敏 静 麗 強 磊 軍 洋 勇 艷 傑");
    const QStringList companies = words("华为技术有限公司 騰訊科技 中國銀行 重庆长安汽车 ＡＢＣ貿易 TCL集团 "
                                        "北京字节跳动 阿里巴巴 招商銀行深圳分行 萬科企業");
    QStringList texts;
    texts.reserve(count);
    for (int i = 0; i < count; ++i) {
        texts.append(surnames[i % surnames.size()] + given[(i / 3) % given.size()]
                     + (i % 2 ? given[(i / 7) % given.size()] : QString()) + u8(" ")
                     + companies[(i / 5) % companies.size()] + QString::number(i % 97));
    }
    return texts;
}

struct Computed
{
    QString folded;
    Pinyin pinyin;
    Pinyin person;
    QStringList tokens;

    bool operator==(const Computed &) const = default;
};

Computed compute(const QString &text)
{
    return {fold(text), pinyin(text), personNamePinyin(text), searchTokens(text)};
}

} // namespace

TEST_CASE("all functions give the same results from several threads at once")
{
    const QStringList texts = sampleTexts(10000);
    std::vector<Computed> expected;
    expected.reserve(texts.size());
    for (const QString &text : texts)
        expected.push_back(compute(text));

    constexpr int kThreads = 4;
    std::atomic<int> mismatches{0};
    std::atomic<int> done{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            // Each thread walks the texts from a different starting point.
            for (qsizetype n = 0; n < texts.size(); ++n) {
                const qsizetype i = (n + t * 2500) % texts.size();
                if (!(compute(texts[i]) == expected[size_t(i)]))
                    ++mismatches;
                ++done;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(done.load() == kThreads * 10000);
    CHECK(mismatches.load() == 0);
}

// ---------------------------------------------------------------------------------- bench

// Not run by default: `bin/common_text_fold_test "[.bench]"`.
TEST_CASE("benchmark: fold + pinyin per customer", "[.bench]")
{
    const QStringList companies = words("华为技术有限公司 腾讯科技深圳 北京字节跳动 招商银行深圳 "
                                        "重庆长安汽车 万科企业股份 阿里巴巴集团 中国平安保险");
    const QStringList people = words("张三丰 王小明 李秀英 欧阳娜娜 曾国藩 单雄信 赵敏敏 刘德华");
    // Warm-up: ICU instances and the per-thread cache.
    for (int i = 0; i < 1000; ++i) {
        pinyin(companies[i % companies.size()]);
        personNamePinyin(people[i % people.size()]);
    }
    constexpr int kCustomers = 100000;
    QElapsedTimer timer;
    timer.start();
    qsizetype sink = 0;
    for (int i = 0; i < kCustomers; ++i) {
        const QString &company = companies[i % companies.size()];
        const QString &person = people[(i / 8) % people.size()];
        sink += fold(company).size() + pinyin(company).full.size();
        sink += fold(person).size() + personNamePinyin(person).full.size();
        sink += searchTokens(company).size();
    }
    const double usPerCustomer = double(timer.nsecsElapsed()) / 1000.0 / kCustomers;
    WARN("fold + pinyin + searchTokens of a company name and fold + personNamePinyin of a person: "
         << usPerCustomer << " us per customer (" << sink << ")");
    CHECK(usPerCustomer < 50.0);

    // Each function alone, on the company names (6-8 characters).
    const auto perCall = [&](const char *name, auto &&function) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < kCustomers; ++i)
            sink += function(companies[i % companies.size()]);
        WARN(name << ": " << double(t.nsecsElapsed()) / 1000.0 / kCustomers << " us per call");
    };
    perCall("fold", [](const QString &s) { return fold(s).size(); });
    perCall("pinyin", [](const QString &s) { return pinyin(s).full.size(); });
    perCall("personNamePinyin", [](const QString &s) { return personNamePinyin(s).full.size(); });
    perCall("searchTokens", [](const QString &s) { return searchTokens(s).size(); });
    perCall("fold (ASCII)", [](const QString &s) { return fold(QStringLiteral("Acme Trading Co., Ltd.")).size(); });
}
