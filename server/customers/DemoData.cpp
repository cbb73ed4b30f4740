#include "customers/DemoData.h"

#include "admin/UserOps.h"
#include "audit/AuditLog.h"
#include "auth/Passwords.h"
#include "customers/CustomerStore.h"
#include "customers/FieldValues.h"
#include "customers/RegionOps.h"
#include "db/DeferredIndexes.h"
#include "db/SearchSql.h"
#include "domain/FieldCatalog.h"
#include "text/TextFold.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace cordial::server::customers::demo {

using domain::FieldDef;
using domain::FieldEntity;
using domain::FieldType;
using protocol::ErrorCode;
using protocol::makeError;

namespace {

// splitmix64: small, fast and the same on every platform and compiler.
struct Rng {
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool percent(int p) { return below(100) < p; }
    QString digits(int n)
    {
        QString out;
        out.reserve(n);
        for (int i = 0; i < n; ++i)
            out.append(QLatin1Char(char('0' + below(10))));
        return out;
    }
};

// Picks by integer weights.
template <typename T>
struct Weighted {
    QList<T> items;
    QList<int> cumulative;
    int total = 0;
    void add(const T &item, int weight)
    {
        items.append(item);
        total += weight;
        cumulative.append(total);
    }
    const T &pick(Rng &rng) const
    {
        const int r = rng.below(total);
        const auto it = std::upper_bound(cumulative.cbegin(), cumulative.cend(), r);
        return items.at(int(it - cumulative.cbegin()));
    }
};

QStringList chars(const char *utf8)
{
    QStringList out;
    for (const QChar ch : QString::fromUtf8(utf8))
        if (!ch.isSpace())
            out.append(QString(ch));
    out.removeDuplicates();
    return out;
}

QStringList words(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Surnames with their share in ‰ (2020 census order, rounded), then a few rarer
// ones that search must read right: polyphonic (曾 zeng, 单 shan, 解 xie, 仇 qiu, 区 ou,
// 查 zha) and compound (欧阳, 司马, 上官, 诸葛).
const char *const kSurnames =
    "王 73 李 72 张 68 刘 54 陈 45 杨 31 黄 22 赵 23 吴 21 周 20 徐 16 孙 16 马 14 朱 13 胡 13 郭 11 何 11 "
    "高 11 林 11 罗 11 郑 10 梁 9 谢 8 宋 8 唐 8 许 7 韩 7 冯 7 邓 7 曹 7 彭 6 曾 6 肖 6 田 6 董 6 袁 6 潘 5 "
    "于 5 蒋 5 蔡 5 余 5 杜 5 叶 5 程 5 苏 5 魏 4 吕 4 丁 4 任 4 沈 4 姚 4 卢 4 姜 4 崔 4 钟 4 谭 3 陆 3 汪 3 "
    "范 3 金 3 石 3 廖 3 贾 3 夏 3 韦 3 付 2 方 2 白 2 邹 2 孟 2 熊 2 秦 2 邱 2 江 2 尹 2 薛 2 闫 2 段 2 雷 2 "
    "侯 1 龙 1 史 1 陶 1 黎 1 贺 1 顾 1 毛 1 郝 1 龚 1 邵 1 万 1 钱 1 严 1 覃 1 武 1 戴 1 莫 1 孔 1 向 1 汤 1 "
    "单 1 解 1 仇 1 区 1 查 1 欧阳 1 司马 1 上官 1 诸葛 1";

const char *const kMaleChars = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国志文东海峰亮成晨博昊然轩泽子天翔睿哲凡德兵新永立庆彬毅锋";
const char *const kFemaleChars = "芳娜敏静丽艳娟霞燕玲婷雪慧琳颖倩莹欣怡佳璐晶洁琴云红梅兰凤萍月蕾薇彤瑶萱涵雨诗梦思晓悦妍婉嘉楠可馨丹秀英玉美春";

const char *const kBrandFirst = "华恒鑫宏盛金天瑞博永新中东泰汇聚康嘉美信达安兴海联佳创正德明长鸿广远方科睿银星凯万通利诚源启航腾翔宝丰";
const char *const kBrandSecond = "达信源通泰盛丰华成远创科宇辉阳诚和润昌隆锦捷越鼎峰晟鹏致弘卓欣茂森龙祥益顺合威凯腾邦沃瀚尚优易迅驰智";

// Industry words with the catalog's industry key.
const char *const kIndustries =
    "科技:it 信息技术:it 软件:it 网络科技:it 电子:manufacturing 电子科技:manufacturing 机械:manufacturing "
    "精密机械:manufacturing 机电设备:manufacturing 五金制品:manufacturing 塑胶制品:manufacturing 服装:manufacturing "
    "纺织:manufacturing 家具:manufacturing 化工:manufacturing 包装材料:manufacturing 汽车配件:manufacturing "
    "光电:manufacturing 贸易:trade 商贸:trade 国际贸易:trade 进出口:trade 食品:trade 建材:construction "
    "建筑工程:construction 装饰工程:construction 房地产开发:construction 物流:logistics 供应链管理:logistics "
    "运输:logistics 新能源:energy 电力工程:energy 环保科技:energy 医药:healthcare 医疗器械:healthcare "
    "生物科技:healthcare 教育科技:education 培训:education 文化传媒:media 广告:media 餐饮管理:hospitality "
    "酒店管理:hospitality 农业发展:agriculture 农产品:agriculture 企业管理咨询:services 财务咨询:services "
    "人力资源:services 通信技术:telecom 通信设备:telecom 投资:finance 融资租赁:finance";

const char *const kTitles = "总经理 副总经理 董事长 采购经理 采购员 销售总监 财务经理 会计 行政主管 技术负责人 项目经理 总经理助理 市场部经理 办公室主任";
const char *const kRoads = "人民路 解放路 中山路 建设路 和平路 长江路 黄河路 新华路 朝阳路 胜利路 文化路 工业大道 科技路 滨海大道 东风路 青年路 迎宾大道 学府路 创业路 金融街";
const char *const kTags = "老客户 重点跟进 展会客户 线上询盘 转介绍 大客户 价格敏感 需回访 年度框架 新开发";

// Simplified → traditional for the characters of the word lists above and the city
// names most used; enough for a tenth of the companies to be written in 繁體.
const char *const kTraditional =
    "东東 华華 电電 贸貿 机機 术術 广廣 务務 网網 络絡 车車 业業 发發 开開 产產 饰飾 设設 备備 仪儀 纺紡 织織 药藥 "
    "医醫 农農 环環 装裝 兴興 达達 丰豐 汇匯 远遠 贤賢 国國 际際 团團 责責 经經 营營 运運 输輸 链鏈 应應 询詢 传傳 "
    "饮飲 软軟 锐銳 桥橋 龙龍 凤鳳 云雲 阳陽 门門 岛島 苏蘇 宁寧 庆慶 汉漢 连連 厦廈 济濟 长長 郑鄭 贵貴 乌烏 "
    "鲁魯 齐齊 滨濱 无無 锡錫 湾灣 绍紹 庄莊 鸿鴻 创創 联聯 银銀 诚誠 启啟 航航 腾騰 宝寶 辉輝 润潤 隆隆 锦錦 "
    "鼎鼎 峰峰 鹏鵬 弘弘 卓卓 茂茂 顺順 合合 威威 邦邦 优優 易易 迅迅 驰馳 智智 宏宏 鑫鑫 盛盛 瑞瑞 "
    "汇匯 聚聚 康康 嘉嘉 美美 信信 兴興 海海 佳佳 正正 德德 明明 方方 科科 睿睿 星星 凯凱 万萬 通通 利利 "
    "源源 翔翔 实實 资資 讯訊 际際 层層 楼樓 号號 圳圳 门門 湾灣 台臺 区區 药藥 疗療 器器 械械 价價 "
    "制製 塑塑 胶膠 五五 金金 饰飾 筑築 输輸 链鏈 财財 咨諮 人人 力力 资資 投投 融融 租租 赁賃 农農 "
    "酒酒 店店 餐餐 广廣 告告 传傳 媒媒 训訓 培培 教教 育育 生生 物物 环環 保保 电電 力力 能能 源源 "
    "新新 运運 进進 出出 口口 食食 品品 商商 建建 材材 房房 地地 工工 程程 光光 包包 装裝 料料 汽汽 "
    "配配 件件 家家 具具 化化 纺紡 织織 服服 精精 密密 设設 备備 网網 软軟 术術 技技 息息 限限 司司 "
    "股股 份份 责責 任任 集集 团團 有有 公公 营營 经經 部部 行行 工工 作作 室室";

struct Province {
    QString name;
    QString shortName;
    bool municipality = false;
    QStringList cities;
};

QString provinceShort(const QString &name)
{
    QString s = name;
    for (const char *suffix : {"特别行政区", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"})
        if (s.endsWith(QString::fromUtf8(suffix))) {
            s.chop(QString::fromUtf8(suffix).size());
            break;
        }
    return s;
}

// The short form used in company names ("深圳"), or empty when none sounds right.
QString cityShort(const QString &city)
{
    if (city.contains(QString::fromUtf8("自治")))
        return {};
    for (const char *suffix : {"地区", "市", "盟", "县"})
        if (city.endsWith(QString::fromUtf8(suffix)) && city.size() > QString::fromUtf8(suffix).size() + 1)
            return city.chopped(QString::fromUtf8(suffix).size());
    return {};
}

// Area codes of the larger cities; others get a plausible code of their province.
const char *const kAreaCodes =
    "北京市:010 天津市:022 上海市:021 重庆市:023 广州市:020 深圳市:0755 东莞市:0769 佛山市:0757 珠海市:0756 "
    "汕头市:0754 惠州市:0752 中山市:0760 杭州市:0571 宁波市:0574 温州市:0577 南京市:025 苏州市:0512 无锡市:0510 "
    "常州市:0519 武汉市:027 成都市:028 西安市:029 沈阳市:024 大连市:0411 长春市:0431 哈尔滨市:0451 济南市:0531 "
    "青岛市:0532 郑州市:0371 长沙市:0731 福州市:0591 厦门市:0592 泉州市:0595 合肥市:0551 南昌市:0791 南宁市:0771 "
    "昆明市:0871 贵阳市:0851 石家庄市:0311 太原市:0351 呼和浩特市:0471 兰州市:0931 西宁市:0971 银川市:0951 "
    "乌鲁木齐市:0991 拉萨市:0891 海口市:0898 三亚市:0898";

const char *const kMobilePrefixes =
    "130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 166 172 173 175 176 177 178 "
    "180 181 182 183 184 185 186 187 188 189 191 198 199";

// Timestamps fall in 2021–2025 so that the same seed gives the same data on any day.
const qint64 kEpochStart = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 kEpochSpan = qint64(5) * 365 * 24 * 3600 * 1000;

} // namespace

struct Generator::State {
    Rng rng;
    Weighted<QString> surnames;
    QHash<QString, QString> surnamePinyin;
    QStringList male, female;
    QHash<QString, QString> charPinyin;
    QStringList brandFirst, brandSecond;
    struct Industry {
        QString word;
        QString key;
    };
    QList<Industry> industries;
    Weighted<QString> suffixes;
    QStringList titles, roads, tags, mobilePrefixes;
    QHash<QChar, QChar> traditional;
    QHash<QString, QString> areaCodes;
    QList<Province> provinces;
    Weighted<int> provinceIndex;  // mainland
    QList<int> greaterChina;      // 香港, 澳门, 台湾
    QHash<QString, QStringList> choices; // catalog choice keys by field key
    qint64 serial = 0;

    QString pinyinOf(const QString &text)
    {
        QString out;
        for (const QChar ch : text) {
            auto it = charPinyin.constFind(QString(ch));
            if (it == charPinyin.cend())
                it = charPinyin.insert(QString(ch), text::pinyin(QString(ch)).full);
            out += *it;
        }
        return out;
    }
    QString choice(const char *key)
    {
        const QStringList &keys = choices[QLatin1String(key)];
        return keys.isEmpty() ? QString() : keys.at(rng.below(int(keys.size())));
    }
    QString toTraditional(const QString &s) const
    {
        QString out = s;
        for (QChar &ch : out)
            ch = traditional.value(ch, ch);
        return out;
    }
    QString date(int fromYear, int toYear)
    {
        const QDate start(fromYear, 1, 1);
        const int days = int(start.daysTo(QDate(toYear, 12, 31)));
        return start.addDays(rng.below(days + 1)).toString(Qt::ISODate);
    }
    QString mobile()
    {
        return mobilePrefixes.at(rng.below(int(mobilePrefixes.size()))) + rng.digits(8);
    }
    QString landline(const Province &province, const QString &city)
    {
        if (province.shortName == QString::fromUtf8("香港"))
            return QStringLiteral("852-") + QString::number(2 + rng.below(2)) + rng.digits(7);
        if (province.shortName == QString::fromUtf8("澳门"))
            return QStringLiteral("853-28") + rng.digits(6);
        if (province.shortName == QString::fromUtf8("台湾"))
            return QStringLiteral("886-2-") + QString::number(2 + rng.below(7)) + rng.digits(7);
        QString code = areaCodes.value(province.municipality ? province.name : city);
        if (code.isEmpty()) {
            // A made-up but fixed code per city (FNV-1a of its name).
            quint32 h = 2166136261u;
            for (const QChar ch : city)
                h = (h ^ ch.unicode()) * 16777619u;
            code = QStringLiteral("0%1%2").arg(3 + h % 7).arg((h / 7) % 100, 2, 10, QLatin1Char('0'));
        }
        const int length = code.size() == 3 ? 8 : 7 + rng.below(2);
        return code + QLatin1Char('-') + QString::number(2 + rng.below(7)) + rng.digits(length - 1);
    }
};

Generator::Generator(quint64 seed) : d(new State)
{
    d->rng.state = seed * 0x2545F4914F6CDD1DULL + 0x1234567ULL;
    const QStringList surnameTable = words(kSurnames);
    for (int i = 0; i + 1 < surnameTable.size(); i += 2) {
        d->surnames.add(surnameTable.at(i), surnameTable.at(i + 1).toInt());
        d->surnamePinyin.insert(surnameTable.at(i), text::personNamePinyin(surnameTable.at(i)).full);
    }
    d->male = chars(kMaleChars);
    d->female = chars(kFemaleChars);
    d->brandFirst = chars(kBrandFirst);
    d->brandSecond = chars(kBrandSecond);
    for (const QString &item : words(kIndustries)) {
        const auto parts = item.split(QLatin1Char(':'));
        d->industries.append({parts.at(0), parts.at(1)});
    }
    for (const auto &[suffix, weight] : std::initializer_list<std::pair<const char *, int>>{
             {"有限公司", 50}, {"科技有限公司", 12}, {"贸易有限公司", 6}, {"股份有限公司", 10}, {"有限责任公司", 10},
             {"集团有限公司", 4}, {"实业有限公司", 4}, {"商行", 2}, {"经营部", 1}, {"工作室", 1}})
        d->suffixes.add(QString::fromUtf8(suffix), weight);
    d->titles = words(kTitles);
    d->roads = words(kRoads);
    d->tags = words(kTags);
    d->mobilePrefixes = words(kMobilePrefixes);
    for (const QString &pair : words(kTraditional))
        if (pair.size() == 2)
            d->traditional.insert(pair.at(0), pair.at(1));
    for (const QString &item : words(kAreaCodes)) {
        const auto parts = item.split(QLatin1Char(':'));
        d->areaCodes.insert(parts.at(0), parts.at(1));
    }
    // Customers gather where business is: weights roughly by provincial GDP.
    const QHash<QString, int> weight{
        {QString::fromUtf8("广东"), 14}, {QString::fromUtf8("江苏"), 12}, {QString::fromUtf8("浙江"), 10},
        {QString::fromUtf8("山东"), 8},  {QString::fromUtf8("上海"), 8},  {QString::fromUtf8("北京"), 8},
        {QString::fromUtf8("河南"), 6},  {QString::fromUtf8("四川"), 6},  {QString::fromUtf8("湖北"), 5},
        {QString::fromUtf8("福建"), 5},  {QString::fromUtf8("湖南"), 4},  {QString::fromUtf8("安徽"), 4},
        {QString::fromUtf8("河北"), 4},  {QString::fromUtf8("重庆"), 3},  {QString::fromUtf8("天津"), 3},
        {QString::fromUtf8("陕西"), 3},  {QString::fromUtf8("辽宁"), 3}};
    for (const customers::Province &p : customers::regions()) {
        Province province{p.name, provinceShort(p.name), p.name.endsWith(QString::fromUtf8("市")), p.cities};
        const int index = int(d->provinces.size());
        d->provinces.append(province);
        if (p.name.contains(QString::fromUtf8("特别行政区")) || p.name.startsWith(QString::fromUtf8("台湾")))
            d->greaterChina.append(index);
        else
            d->provinceIndex.add(index, weight.value(province.shortName, 1));
    }
    for (const FieldDef &f : domain::builtInCustomerFields())
        if (f.type == FieldType::Choice)
            for (const auto &c : f.choices)
                d->choices[f.key].append(c.key);
    for (const FieldDef &f : domain::builtInContactFields())
        if (f.type == FieldType::Choice)
            for (const auto &c : f.choices)
                d->choices[QStringLiteral("contact.") + f.key].append(c.key);
}

Generator::~Generator()
{
    delete d;
}

quint64 Generator::draw()
{
    return d->rng.next();
}

QString Generator::personName()
{
    const QString &surname = d->surnames.pick(d->rng);
    const QStringList &given = d->rng.percent(50) ? d->male : d->female;
    QString name = surname + given.at(d->rng.below(int(given.size())));
    if (d->rng.percent(70))
        name += given.at(d->rng.below(int(given.size())));
    return name;
}

Customer Generator::next()
{
    State &s = *d;
    Rng &rng = s.rng;
    Customer out;
    QHash<QString, QVariant> &v = out.values;
    ++s.serial;

    const bool person = rng.percent(5);
    const bool traditional = !person && rng.percent(10);
    const int p = traditional ? s.greaterChina.at(rng.below(int(s.greaterChina.size()))) : s.provinceIndex.pick(rng);
    const Province &province = s.provinces.at(p);
    // Capitals and the first cities of a province get more customers.
    const int cityIndex = rng.percent(35) ? 0 : rng.below(int(province.cities.size()));
    const QString city = province.cities.at(cityIndex);
    const QString brand = s.brandFirst.at(rng.below(int(s.brandFirst.size())))
                          + s.brandSecond.at(rng.below(int(s.brandSecond.size())));
    const auto &industry = s.industries.at(rng.below(int(s.industries.size())));
    const QString brandPinyin = s.pinyinOf(brand);
    const QString domain = brandPinyin + QStringLiteral("-") + s.pinyinOf(industry.word.left(2))
                           + QStringList{QStringLiteral(".com"), QStringLiteral(".com.cn"), QStringLiteral(".cn")}.at(rng.below(3));

    QString name;
    if (person) {
        name = personName();
        v.insert(QStringLiteral("kind"), QStringLiteral("person"));
    } else {
        QString prefix;
        const int form = rng.below(10);
        const QString shortCity = province.municipality ? province.shortName : cityShort(city);
        // "深圳市恒达…", "深圳恒达…", "恒达…"; counties and prefectures as written.
        if (form < 6 && !shortCity.isEmpty())
            prefix = province.municipality ? province.name : city.endsWith(QString::fromUtf8("市")) ? city : shortCity;
        else if (form < 8)
            prefix = shortCity.isEmpty() ? province.shortName : shortCity;
        if (province.shortName == QString::fromUtf8("香港") || province.shortName == QString::fromUtf8("澳门"))
            prefix = form < 5 ? province.shortName : QString();
        QString suffix = s.suffixes.pick(rng);
        if ((suffix.startsWith(QString::fromUtf8("科技")) && (industry.word.contains(QString::fromUtf8("科技"))
                                                              || industry.word.contains(QString::fromUtf8("技术"))))
            || (suffix.startsWith(QString::fromUtf8("贸易")) && industry.word.contains(QString::fromUtf8("贸"))))
            suffix = QString::fromUtf8("有限公司");
        name = prefix + brand + industry.word + suffix;
        if (traditional)
            name = s.toTraditional(name);
        v.insert(QStringLiteral("kind"), QStringLiteral("company"));
        v.insert(QStringLiteral("short_name"), traditional ? s.toTraditional(brand + industry.word.left(2)) : brand + industry.word.left(2));
        v.insert(QStringLiteral("industry"), industry.key);
        // The registered name is left empty: mostly the same as the name, it would
        // only double the search index.
        v.insert(QStringLiteral("legal_representative"), personName());
        v.insert(QStringLiteral("company_nature"), s.choice("company_nature"));
        v.insert(QStringLiteral("founded_on"), s.date(1990, 2024));
        static const int capitals[] = {10, 50, 100, 200, 500, 1000, 3000, 5000, 10000};
        v.insert(QStringLiteral("registered_capital"), qint64(capitals[rng.below(9)]) * 10000 * 100);
        v.insert(QStringLiteral("employees"), qint64(5 + rng.below(50) * (1 + rng.below(40))));
        static const char kCodeChars[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        QString code = QStringLiteral("91") + rng.digits(6);
        for (int i = 0; i < 10; ++i)
            code.append(QLatin1Char(kCodeChars[rng.below(31)]));
        v.insert(QStringLiteral("credit_code"), code);
        if (rng.percent(40))
            v.insert(QStringLiteral("website"), QStringLiteral("www.") + domain);
    }
    v.insert(QStringLiteral("name"), name);
    v.insert(QStringLiteral("customer_no"), QStringLiteral("KH%1").arg(s.serial, 8, 10, QLatin1Char('0')));
    v.insert(QStringLiteral("customer_type"), s.choice("customer_type"));
    v.insert(QStringLiteral("source"), s.choice("source"));
    v.insert(QStringLiteral("grade"), s.choice("grade"));
    v.insert(QStringLiteral("status"), s.choice("status"));
    v.insert(QStringLiteral("value_class"), s.choice("value_class"));
    v.insert(QStringLiteral("cooperation"), s.choice("cooperation"));
    v.insert(QStringLiteral("contact_cycle"), s.choice("contact_cycle"));
    v.insert(QStringLiteral("payment_terms"), s.choice("payment_terms"));
    v.insert(QStringLiteral("province"), province.name);
    v.insert(QStringLiteral("city"), province.municipality ? province.name : city);
    if (province.municipality)
        v.insert(QStringLiteral("district"), city);
    QString address = (province.municipality ? city : QString()) + s.roads.at(rng.below(int(s.roads.size())))
                      + QString::number(1 + rng.below(399)) + QString::fromUtf8("号");
    if (rng.percent(50))
        address += brand + QString::fromUtf8("大厦") + QString::number(1 + rng.below(30)) + QString::fromUtf8("楼");
    v.insert(QStringLiteral("address"), traditional ? s.toTraditional(address) : address);
    v.insert(QStringLiteral("postcode"), QString::number(100 + rng.below(800)) + rng.digits(3));
    v.insert(QStringLiteral("phone"), rng.percent(80) ? s.landline(province, city) : QString());
    v.insert(QStringLiteral("mobile"), person || rng.percent(20) ? s.mobile() : QString());
    v.insert(QStringLiteral("email"), rng.percent(50) ? QStringList{QStringLiteral("info@"), QStringLiteral("sales@"),
                                                                    QStringLiteral("service@")}.at(rng.below(3)) + domain
                                                      : QString());
    v.insert(QStringLiteral("tags"), rng.percent(30) ? s.tags.at(rng.below(int(s.tags.size()))) : QString());

    // 1–3 contacts; a person's first contact is the person.
    const int r = rng.below(100);
    const int contacts = r < 50 ? 1 : r < 85 ? 2 : 3;
    for (int i = 0; i < contacts; ++i) {
        QHash<QString, QVariant> c;
        const QString &surname = s.surnames.pick(rng);
        const bool male = rng.percent(55);
        const QStringList &given = male ? s.male : s.female;
        QString g = given.at(rng.below(int(given.size())));
        if (rng.percent(70))
            g += given.at(rng.below(int(given.size())));
        QString contactName = surname + g;
        if (person && i == 0)
            contactName = name;
        c.insert(QStringLiteral("name"), contactName);
        c.insert(QStringLiteral("gender"), male ? QStringLiteral("male") : QStringLiteral("female"));
        c.insert(QStringLiteral("title"), person ? QString() : s.titles.at(rng.below(int(s.titles.size()))));
        c.insert(QStringLiteral("mobile"), s.mobile());
        c.insert(QStringLiteral("phone"), rng.percent(30) ? s.landline(province, city) : QString());
        QString email;
        const int e = rng.below(10);
        const QString local = s.surnamePinyin.value(surname) + s.pinyinOf(g);
        if (e < 4 && !person)
            email = local + QLatin1Char('@') + domain;
        else if (e < 6)
            email = QString::number(10000 + rng.below(2000000000 - 10000)) + QStringLiteral("@qq.com");
        else if (e < 8)
            email = local + QString::number(rng.below(100)) + QLatin1Char('@')
                    + QStringList{QStringLiteral("163.com"), QStringLiteral("126.com"), QStringLiteral("sina.com"),
                                  QStringLiteral("foxmail.com")}.at(rng.below(4));
        c.insert(QStringLiteral("email"), email);
        c.insert(QStringLiteral("birthday"), rng.percent(85) ? s.date(1960, 2000) : QString());
        c.insert(QStringLiteral("primary"), i == 0 ? 1 : 0);
        out.contacts.append(c);
    }
    return out;
}

namespace {

// The stored default of a field no value was generated for.
QVariant emptyValue(const FieldDef &f)
{
    switch (f.type) {
    case FieldType::Money:
    case FieldType::Integer:
    case FieldType::User:
    case FieldType::Department:
        return QVariant();
    case FieldType::Boolean:
        return 0;
    default:
        return QString(QLatin1String(""));
    }
}

struct Owner {
    qint64 userId;
    qint64 departmentId;
};

// One customer ready to bind: customer columns, contact rows and the index row.
struct Prepared {
    QVariantList customer;
    QList<QVariantList> contacts;
    db::SearchDocument doc;
};

// The generated keys, in a fixed order: every customer binds the same columns.
const QStringList &customerKeys()
{
    static const QStringList keys{
        QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("customer_no"), QStringLiteral("kind"),
        QStringLiteral("customer_type"), QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("email"),
        QStringLiteral("website"), QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("district"),
        QStringLiteral("address"), QStringLiteral("postcode"), QStringLiteral("source"), QStringLiteral("industry"),
        QStringLiteral("grade"), QStringLiteral("legal_name"), QStringLiteral("credit_code"),
        QStringLiteral("legal_representative"), QStringLiteral("company_nature"), QStringLiteral("founded_on"),
        QStringLiteral("registered_capital"), QStringLiteral("employees"), QStringLiteral("payment_terms"),
        QStringLiteral("value_class"), QStringLiteral("cooperation"), QStringLiteral("contact_cycle"),
        QStringLiteral("tags"), QStringLiteral("status")};
    return keys;
}
const QStringList &contactKeys()
{
    static const QStringList keys{QStringLiteral("name"),   QStringLiteral("gender"),   QStringLiteral("title"),
                                  QStringLiteral("mobile"), QStringLiteral("phone"),    QStringLiteral("email"),
                                  QStringLiteral("birthday"), QStringLiteral("primary")};
    return keys;
}
const QStringList kCustomerDerived{QStringLiteral("name_key"), QStringLiteral("name_initials"),
                                   QStringLiteral("name_sort"), QStringLiteral("phone_key"),
                                   QStringLiteral("email_key")};
const QStringList kContactDerived{QStringLiteral("name_key"), QStringLiteral("phone_key"), QStringLiteral("email_key"),
                                  QStringLiteral("birthday_md")};

// A null QString would bind as SQL NULL; text columns are NOT NULL DEFAULT ''.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

Prepared prepare(Generator &generator, const QList<Owner> &owners, qint64 creatorId)
{
    Customer c = generator.next();
    const Owner &owner = owners.at(int(generator.draw() % quint64(owners.size())));
    const qint64 created = kEpochStart + qint64(generator.draw() % quint64(kEpochSpan));
    const qint64 updated = created + qint64(generator.draw() % quint64(90LL * 24 * 3600 * 1000));

    Prepared out;
    CustomerRow row;
    for (const QString &key : customerKeys()) {
        const FieldDef *f = domain::findBuiltInField(FieldEntity::Customer, key);
        const QVariant value = bindable(c.values.value(key, emptyValue(*f)));
        row.values.insert(key, value);
        out.customer.append(value);
    }
    const auto derived = derivedCustomerKeys(row.values);
    for (const QString &key : kCustomerDerived)
        out.customer.append(bindable(derived.value(key, QString(QLatin1String("")))));
    out.customer << owner.userId << owner.departmentId << (creatorId ? QVariant(creatorId) : QVariant(owner.userId))
                 << QVariant(owner.userId) << created << updated << created;
    for (const auto &contact : c.contacts) {
        ContactRow cr;
        QVariantList binds;
        for (const QString &key : contactKeys()) {
            const FieldDef *f = domain::findBuiltInField(FieldEntity::Contact, key);
            const QVariant value = bindable(contact.value(key, emptyValue(*f)));
            cr.values.insert(key, value);
            binds.append(value);
        }
        const auto d = derivedContactKeys(cr.values);
        for (const QString &key : kContactDerived)
            binds.append(bindable(d.value(key, QString(QLatin1String("")))));
        binds << created << updated;
        out.contacts.append(binds);
        row.contacts.append(cr);
    }
    out.doc = searchDocument(row);
    return out;
}

protocol::Error sqlError(const QSqlQuery &q, const QString &what)
{
    return makeError(ErrorCode::Internal, QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

// Departments and staff users to own the demo customers, made only when fewer
// than `minimum` enabled users who may own customers exist.
protocol::Result<QList<Owner>> ensureOwners(const QSqlDatabase &db, const db::Dialect &dialect, const Caller &caller,
                                            const LoadOptions &options, quint64 seed, LoadResult &result)
{
    auto owners = [&]() -> protocol::Result<QList<Owner>> {
        auto rows = db::exec(db, QStringLiteral("SELECT id, department_id FROM users WHERE disabled = 0 "
                                                "AND role <> 'readonly' ORDER BY id"));
        if (!rows)
            return rows.error();
        QList<Owner> out;
        while (rows->next())
            out.append({rows->value(0).toLongLong(), rows->value(1).toLongLong()});
        return out;
    };
    auto existing = owners();
    if (!existing)
        return existing;
    if (existing->size() >= options.minimumUsers)
        return existing;

    db::Row q;
    auto root = db::fetchOne(q, db, QStringLiteral("SELECT id FROM departments WHERE parent_id IS NULL ORDER BY id LIMIT 1"));
    if (!root)
        return root.error();
    if (!*root)
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no department yet; run init first"));
    const qint64 rootId = q.value(0).toLongLong();

    db::WriteTransaction tx(db, dialect);
    if (auto s = tx.begin(); !s)
        return s.error();
    QList<qint64> departments;
    for (const char *name : {"销售一部", "销售二部", "华东大区", "华南大区", "大客户部"}) {
        const QString department = QString::fromUtf8(name);
        auto found = db::fetchOne(q, db, QStringLiteral("SELECT id FROM departments WHERE name = ? ORDER BY id LIMIT 1"),
                                  {department});
        if (!found)
            return found.error();
        if (*found) {
            departments.append(q.value(0).toLongLong());
            continue;
        }
        const qint64 now = db::nowMs();
        auto id = db::insertReturningId(
            db, QStringLiteral("INSERT INTO departments (name, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?)"),
            {department, rootId, now, now});
        if (!id)
            return id.error();
        const QJsonObject image{{QStringLiteral("id"), *id}, {QStringLiteral("name"), department},
                                {QStringLiteral("parent_id"), rootId}};
        if (auto s = audit::append(tx, caller, {QStringLiteral("departments.create"), QStringLiteral("department"), *id,
                                                std::nullopt, image});
            !s)
            return s.error();
        departments.append(*id);
        result.createdDepartments.append(department);
    }
    // Display names from a stream of their own, so that the customers do not depend
    // on whether users were made.
    Generator names(seed ^ 0x5EEDULL);
    auth::PasswordHasher hasher;
    int made = 0;
    const int wanted = options.minimumUsers - int(existing->size());
    for (int n = 1; made < wanted && n < 1000; ++n) {
        admin::NewUser user;
        user.login = QStringLiteral("demo%1").arg(n, 2, 10, QLatin1Char('0'));
        auto taken = db::fetchOne(q, db, QStringLiteral("SELECT id FROM users WHERE login = ?"), {user.login});
        if (!taken)
            return taken.error();
        if (*taken)
            continue;
        user.displayName = names.personName();
        user.password = options.demoPassword;
        user.role = made < 2 ? QStringLiteral("manager") : QStringLiteral("staff");
        user.departmentId = departments.at(made % departments.size());
        auto id = admin::createUser(tx, caller, user, hasher, options.minPasswordLength);
        if (!id)
            return makeError(id.error().code, QStringLiteral("creating %1: %2").arg(user.login, id.error().message));
        result.createdUsers.append(user.login);
        ++made;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return owners();
}

// Hands prepared batches from the generating thread to the writing one.
class BatchQueue
{
public:
    void push(QList<Prepared> batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_batches.size() < 3 || m_stopped; });
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
    }
    // Empty when the producer is done.
    QList<Prepared> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_batches.empty() || m_done; });
        if (m_batches.empty())
            return {};
        QList<Prepared> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return batch;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_ready.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<QList<Prepared>> m_batches;
    bool m_done = false;
    bool m_stopped = false;
};

} // namespace

protocol::Result<LoadResult> load(const QSqlDatabase &db, const db::Dialect &dialect, const Caller &caller,
                                  const LoadOptions &options)
{
    if (options.customers <= 0)
        return makeError(ErrorCode::Invalid, QStringLiteral("the number of customers must be positive"),
                         QStringLiteral("customers"));
    if (customers::regions().isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("the region list is missing"));
    LoadResult result;
    auto owners = ensureOwners(db, dialect, caller, options, options.seed, result);
    if (!owners)
        return owners.error();
    if (owners->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no enabled user may own customers"));

    QStringList customerColumns;
    for (const QString &key : customerKeys())
        customerColumns.append(columnOf(*domain::findBuiltInField(FieldEntity::Customer, key)));
    customerColumns += kCustomerDerived;
    customerColumns << QStringLiteral("owner_id") << QStringLiteral("department_id") << QStringLiteral("creator_id")
                    << QStringLiteral("updated_by") << QStringLiteral("created_at") << QStringLiteral("updated_at")
                    << QStringLiteral("assigned_at");
    QStringList contactColumns;
    for (const QString &key : contactKeys())
        contactColumns.append(columnOf(*domain::findBuiltInField(FieldEntity::Contact, key)));
    contactColumns += kContactDerived;
    contactColumns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    contactColumns.prepend(QStringLiteral("customer_id"));

    // Into tables holding fewer customers than the load adds, the secondary indexes
    // are built once at the end (one sort each) instead of being kept up to date
    // through every insert: most of the writing time at a million customers.
    db::Row existing;
    if (auto counted = db::fetchOne(existing, db, QStringLiteral("SELECT COUNT(*) FROM customers")); !counted)
        return counted.error();
    const bool deferIndexes = existing.value(0).toLongLong() <= options.customers;
    if (deferIndexes) {
        auto deferred = db::deferIndexes(db, dialect, {QStringLiteral("customers"), QStringLiteral("contacts")});
        if (!deferred)
            return deferred.error();
        result.deferredIndexes = *deferred;
    }
    // When the load stops on an error the indexes are built all the same; should the
    // process die, the next start of cordiald or cordialctl builds them.
    auto buildIndexes = qScopeGuard([&] {
        if (deferIndexes)
            db::buildDeferredIndexes(db, dialect);
    });

    QSqlQuery insertCustomer(db);
    if (!insertCustomer.prepare(QStringLiteral("INSERT INTO customers (%1) VALUES (%2) RETURNING id")
                                    .arg(customerColumns.join(QStringLiteral(", ")), db::placeholders(customerColumns.size()))))
        return sqlError(insertCustomer, QStringLiteral("preparing the customer insert"));
    QSqlQuery insertContact(db);
    if (!insertContact.prepare(QStringLiteral("INSERT INTO contacts (%1) VALUES (%2)")
                                   .arg(contactColumns.join(QStringLiteral(", ")), db::placeholders(contactColumns.size()))))
        return sqlError(insertContact, QStringLiteral("preparing the contact insert"));
    db::SearchBulkWriter search(db, dialect);

    const bool sqlite = dialect.backend() == db::Backend::Sqlite;
    const db::LargerPageCache cache(db, dialect, 256);
    if (sqlite) {
        // Nothing is lost but the load itself if the machine fails mid-way; the
        // connection is back to FULL before the audit row's transaction.
        db::exec(db, QStringLiteral("PRAGMA synchronous=OFF"));
    }
    auto restore = qScopeGuard([&] {
        if (sqlite)
            db::exec(db, QStringLiteral("PRAGMA synchronous=FULL"));
    });

    // One thread generates and folds (ICU, pinyin, search documents), this one writes.
    BatchQueue queue;
    const QList<Owner> ownerList = *owners;
    const qint64 creatorId = caller.userId;
    std::thread producer([&queue, &options, ownerList, creatorId] {
        Generator generator(options.seed);
        for (qint64 done = 0; done < options.customers && !queue.stopped();) {
            QList<Prepared> batch;
            const qint64 n = std::min<qint64>(options.batchSize, options.customers - done);
            batch.reserve(n);
            for (qint64 i = 0; i < n; ++i)
                batch.append(prepare(generator, ownerList, creatorId));
            done += n;
            queue.push(std::move(batch));
        }
        queue.finish();
    });
    auto joinProducer = qScopeGuard([&] {
        queue.stop();
        while (!queue.pop().isEmpty()) {
        }
        producer.join();
    });

    qint64 done = 0;
    for (QList<Prepared> batch = queue.pop(); !batch.isEmpty(); batch = queue.pop()) {
        const bool last = done + batch.size() >= options.customers;
        if (last && sqlite) // the last batch and the audit row are written durably
            db::exec(db, QStringLiteral("PRAGMA synchronous=FULL"));
        db::WriteTransaction tx(db, dialect);
        if (auto s = tx.begin(); !s)
            return s.error();
        for (const Prepared &p : batch) {
            for (int i = 0; i < p.customer.size(); ++i)
                insertCustomer.bindValue(i, p.customer.at(i));
            if (!insertCustomer.exec() || !insertCustomer.next())
                return sqlError(insertCustomer, QStringLiteral("inserting a customer"));
            const qint64 id = insertCustomer.value(0).toLongLong();
            insertCustomer.finish();
            if (!result.firstId)
                result.firstId = id;
            result.lastId = id;
            for (const QVariantList &contact : p.contacts) {
                insertContact.bindValue(0, id);
                for (int i = 0; i < contact.size(); ++i)
                    insertContact.bindValue(i + 1, contact.at(i));
                if (!insertContact.exec())
                    return sqlError(insertContact, QStringLiteral("inserting a contact"));
                ++result.contacts;
            }
            if (auto s = search.insert(id, p.doc); !s)
                return s.error();
        }
        done += batch.size();
        if (last) {
            const QJsonObject after{{QStringLiteral("customers"), options.customers},
                                    {QStringLiteral("contacts"), result.contacts},
                                    {QStringLiteral("seed"), QJsonValue(qint64(options.seed))},
                                    {QStringLiteral("first_id"), result.firstId},
                                    {QStringLiteral("last_id"), result.lastId}};
            if (auto s = audit::append(tx, caller, {QStringLiteral("demo.load"), QStringLiteral("customer"), std::nullopt,
                                                    std::nullopt, after});
                !s)
                return s.error();
        }
        if (auto s = tx.commit(); !s)
            return s.error();
        if (options.progress)
            options.progress(done);
    }
    result.customers = done;
    if (deferIndexes) {
        buildIndexes.dismiss();
        QElapsedTimer timer;
        timer.start();
        if (auto built = db::buildDeferredIndexes(db, dialect); !built)
            return built.error();
        result.indexMs = timer.elapsed();
    }
    return result;
}

} // namespace cordial::server::customers::demo
