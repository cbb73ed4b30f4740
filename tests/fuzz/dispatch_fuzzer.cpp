// libFuzzer target: frame decoding, envelope validation and the dispatch of every op
// with arbitrary arguments, in process, against the server core with a temporary
// SQLite database and a logged-in administrator.
//
// An input is a byte stream as a client would send it. A FrameDecoder takes it in
// chunks whose sizes the input itself decides, and a second one all at once: both
// must give the same frames and the same verdict. When no frame comes out at all, the
// input is also tried as one frame's payload, so that the fuzzer can work on CBOR
// without first finding a valid header. Every payload goes through decodeRequest; a
// refusal must be bad_request or too_large and encode as a reply. A request is
// dispatched as the server would: hello and ping like the I/O thread does, the auth
// ops as a greeted connection, everything else through executeOp() as the
// administrator, with rights check and handler.
//
// Oracles besides the sanitizers: no op answers `internal` (nothing in here can fail
// for a reason outside the server: no disk full, no lost database), every reply
// encodes and decodes again, and a request re-encoded decodes to the same id and op.
//
// A text argument "@upload" or "@download" is replaced by the id of the last upload
// or export, which the fuzzer cannot guess, so that it can chain files.upload with
// customers.import_preview and reach the CSV and XLSX readers.
#include "DataDir.h"
#include "admin/UserOps.h"
#include "auth/AccessRegistry.h"
#include "auth/AuthOps.h"
#include "auth/Passwords.h"
#include "customers/FieldRegistry.h"
#include "domain/Roles.h"
#include "net/OpTable.h"
#include "net/ServerContext.h"
#include "net/Session.h"
#include "protocol/Envelope.h"
#include "protocol/Frame.h"
#include "protocol/MachineProof.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace cordial;
using namespace cordial::server;
using protocol::ErrorCode;

namespace {

const QString kAdminLogin = QStringLiteral("admin");
const QString kAdminPassword = QStringLiteral("admin-pass-123");
// Frames of the inputs are small; a larger limit would only let the decoder wait.
constexpr quint32 kMaxFrameBytes = 1u << 20;
constexpr int kMaxFramesPerInput = 32;
// The database grows with what the inputs create; it starts over this often.
constexpr int kRunsPerDatabase = 5000;

[[noreturn]] void bug(const char *what, const QString &detail)
{
    std::fprintf(stderr, "cordial fuzz: %s: %s\n", what, qUtf8Printable(detail.left(2000)));
    std::abort();
}

class Harness
{
public:
    Harness()
    {
        if (!m_dir.isValid())
            bug("setup", QStringLiteral("no temporary directory"));
        m_config.dataDir = m_dir.filePath(QStringLiteral("data"));
        m_config.minPasswordLength = 8;
        if (!auth::initSodium())
            bug("setup", QStringLiteral("libsodium"));
        if (auto s = ensureDataDir(m_config.dataDir); !s)
            bug("setup", s.error().message);
        auto url = databaseUrl(m_config, QString());
        if (!url)
            bug("setup", url.error().message);
        m_url = *url;
        {
            auto db = openAndMigrate(m_url, QStringLiteral("fuzz-setup"));
            if (!db)
                bug("setup", db.error().message);
            db->close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fuzz-setup"));
        newContext();
        createAdministrator();
        login();
        populate();
        // The populated database is where every later one starts from.
        closeDatabase();
        QFile::remove(pristinePath());
        if (!QFile::copy(m_url.path, pristinePath()))
            bug("setup", QStringLiteral("cannot copy the database"));
        reloadCatalog();
    }

    void run(const uint8_t *data, size_t size)
    {
        if (++m_runs % kRunsPerDatabase == 0)
            startOver();
        const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
        for (const QByteArray &payload : frames(input))
            handle(payload);
        // Whatever the input did to the administrator (logged out, disabled, demoted,
        // password changed or reset), the next input starts logged in with every op open.
        auto db = m_context->pool.connectionForThisThread();
        if (!db)
            bug("database", db.error().message);
        auto refreshed = auth::refreshCaller(*db, m_admin, m_config);
        if (!refreshed || !refreshed->hasRight(domain::rights::kUsersManage)
            || refreshed->passwordChange != PasswordChange::NotNeeded)
            startOver();
    }

private:
    QString pristinePath() const { return m_dir.filePath(QStringLiteral("pristine.db")); }

    // The frames of the input: fed in chunks and all at once, which must agree.
    QList<QByteArray> frames(const QByteArray &input)
    {
        protocol::FrameDecoder whole(kMaxFrameBytes);
        protocol::FrameDecoder chunked(kMaxFrameBytes);
        whole.feed(input);
        qsizetype pos = 0;
        while (pos < input.size()) {
            const qsizetype chunk = 1 + quint8(input.at(pos)) % 61;
            chunked.feed(input.mid(pos, chunk));
            pos += chunk;
        }
        QList<QByteArray> fromWhole;
        QList<QByteArray> fromChunks;
        while (whole.hasFrame())
            fromWhole << whole.takeFrame();
        while (chunked.hasFrame())
            fromChunks << chunked.takeFrame();
        if (fromWhole != fromChunks || whole.state() != chunked.state())
            bug("framing", QStringLiteral("chunked and whole decoding differ"));
        if (whole.state() == protocol::FrameDecoder::State::TooLarge && whole.offendingLength() <= kMaxFrameBytes)
            bug("framing", QStringLiteral("too large at %1 bytes").arg(whole.offendingLength()));
        if (fromWhole.isEmpty() && whole.state() == protocol::FrameDecoder::State::Ok && !input.isEmpty())
            fromWhole << input;
        if (fromWhole.size() > kMaxFramesPerInput)
            fromWhole.resize(kMaxFramesPerInput);
        return fromWhole;
    }

    void handle(const QByteArray &payload)
    {
        quint64 id = 0;
        auto decoded = protocol::decodeRequest(payload, &id);
        if (!decoded) {
            const ErrorCode code = decoded.error().code;
            if (code != ErrorCode::BadRequest && code != ErrorCode::TooLarge)
                bug("envelope", QStringLiteral("refused with %1").arg(protocol::errorCodeName(code)));
            checkReply(protocol::encodeError(id, decoded.error()));
            return;
        }
        protocol::Request request = decoded.takeValue();
        if (id != request.id)
            bug("envelope", QStringLiteral("the id reported differs from the request's"));
        auto again = protocol::decodeRequest(protocol::encodeRequest(request));
        if (!again || again->id != request.id || again->op != request.op)
            bug("envelope", QStringLiteral("a re-encoded request does not decode to itself"));
        dispatch(request);
    }

    void dispatch(protocol::Request &request)
    {
        const OpSpec *spec = findOp(request.op);
        if (!spec)
            return;
        for (auto it = request.args.begin(); it != request.args.end(); ++it) {
            if (it.value() == QCborValue(QStringLiteral("@upload")))
                it.value() = m_lastUpload;
            else if (it.value() == QCborValue(QStringLiteral("@download")))
                it.value() = m_lastDownload;
        }
        OpOutcome outcome = execute(*spec, request);
        if (!outcome.result.ok() && outcome.result.error().code == ErrorCode::Internal)
            bug("internal", QStringLiteral("%1 %2: %3")
                                .arg(request.op, QCborValue(request.args).toDiagnosticNotation(),
                                     outcome.result.error().message));
        const QByteArray reply = outcome.result.ok() ? protocol::encodeReply(request.id, outcome.result.value())
                                                     : protocol::encodeError(request.id, outcome.result.error());
        checkReply(reply);
        if (outcome.result.ok()) {
            const QCborMap result = outcome.result.value().toMap();
            if (result.contains(QStringLiteral("upload_id")))
                m_lastUpload = result.value(QStringLiteral("upload_id"));
            if (result.contains(QStringLiteral("download_id")))
                m_lastDownload = result.value(QStringLiteral("download_id"));
        }
    }

    OpOutcome execute(const OpSpec &spec, const protocol::Request &request)
    {
        Caller caller;
        caller.address = QStringLiteral("127.0.0.1");
        caller.machine = QStringLiteral("fuzz");
        if (spec.state == OpState::Authenticated)
            caller = m_admin;
        if (spec.onIoThread) {
            OpContext context{request, caller, *m_context, QSqlDatabase(), {}, m_challenge};
            return spec.handler(context);
        }
        return executeOp(spec, request, caller, *m_context, [](const QString &, const QCborMap &) {}, m_challenge);
    }

    static void checkReply(const QByteArray &reply)
    {
        auto message = protocol::decodeServerMessage(reply);
        if (!message || !message->reply)
            bug("reply", QStringLiteral("a reply does not decode"));
    }

    void createAdministrator()
    {
        auto db = m_context->pool.connectionForThisThread();
        if (!db)
            bug("setup", db.error().message);
        db::WriteTransaction tx(*db, m_context->pool.dialect());
        if (auto s = tx.begin(); !s)
            bug("setup", s.error().message);
        const qint64 now = db::nowMs();
        auto department = db::insertReturningId(
            *db, QStringLiteral("INSERT INTO departments (name, parent_id, created_at, updated_at) VALUES (?, NULL, ?, ?)"),
            {QStringLiteral("总部"), now, now});
        if (!department)
            bug("setup", department.error().message);
        admin::NewUser user;
        user.login = kAdminLogin;
        user.displayName = QStringLiteral("管理员");
        user.password = kAdminPassword;
        user.role = QStringLiteral("administrator");
        user.departmentId = *department;
        if (auto id = admin::createUser(tx, localAdministrator(QStringLiteral("fuzz")), user, m_context->hasher, 8); !id)
            bug("setup", id.error().message);
        if (auto s = tx.commit(); !s)
            bug("setup", s.error().message);
    }

    // The administrator logs in from a computer that proves its key (a fixed one), so
    // that computer 1 exists for the machines.* ops to find.
    void login()
    {
        unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
        unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
        const unsigned char seed[crypto_sign_SEEDBYTES] = {7};
        crypto_sign_seed_keypair(publicKey, secretKey, seed);
        const QByteArray message = protocol::machineProofMessage(m_challenge, QStringLiteral("auth.login"), kAdminLogin);
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()),
                             static_cast<unsigned long long>(message.size()), secretKey);
        protocol::Request request{1, QStringLiteral("auth.login"),
                                  QCborMap{{QStringLiteral("user"), kAdminLogin},
                                           {QStringLiteral("password"), kAdminPassword},
                                           {QStringLiteral("machine"), QStringLiteral("fuzz")},
                                           {QStringLiteral("machine_key"),
                                            QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey)},
                                           {QStringLiteral("machine_signature"), signature}}};
        OpOutcome outcome = execute(*findOp(request.op), request);
        if (!outcome.result.ok() || !outcome.authenticatedAs)
            bug("login", outcome.result.ok() ? QString() : outcome.result.error().message);
        m_admin = *outcome.authenticatedAs;
        m_admin.address = QStringLiteral("127.0.0.1");
    }

    // Records for the ops to find: ids 1.. of departments, users, customers, contacts.
    void populate()
    {
        auto call = [&](const QString &op, const QCborMap &args) {
            protocol::Request request{1, op, args};
            dispatch(request);
        };
        call(QStringLiteral("departments.create"), {{QStringLiteral("name"), QStringLiteral("上海分公司")}, {QStringLiteral("parent_id"), 1}});
        call(QStringLiteral("departments.create"), {{QStringLiteral("name"), QStringLiteral("销售一部")}, {QStringLiteral("parent_id"), 2}});
        const char *roles[] = {"director", "manager", "staff", "readonly"};
        for (int i = 0; i < 4; ++i)
            call(QStringLiteral("users.create"),
                 {{QStringLiteral("login"), QStringLiteral("user%1").arg(i + 2)}, {QStringLiteral("display_name"), QStringLiteral("用户%1").arg(i + 2)},
                  {QStringLiteral("password"), kAdminPassword}, {QStringLiteral("role"), QString::fromLatin1(roles[i])},
                  {QStringLiteral("department_id"), 1 + i % 3}});
        call(QStringLiteral("fields.create"), {{QStringLiteral("label"), QStringLiteral("客户等级备注")}, {QStringLiteral("type"), QStringLiteral("choice")},
                                               {QStringLiteral("choices"), QCborArray{QStringLiteral("甲"), QStringLiteral("乙")}}});
        for (int i = 0; i < 6; ++i)
            call(QStringLiteral("customers.create"),
                 {{QStringLiteral("name"), QStringLiteral("测试客户%1有限公司").arg(i + 1)},
                  {QStringLiteral("mobile"), QStringLiteral("1380013800%1").arg(i)},
                  {QStringLiteral("province"), QStringLiteral("广东省")},
                  {QStringLiteral("contacts"), QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("联系人%1").arg(i + 1)},
                                                                   {QStringLiteral("birthday"), QStringLiteral("1980-02-29")}}}}});
        call(QStringLiteral("customers.delete"), {{QStringLiteral("id"), 6}});
        call(QStringLiteral("roles.create"),
             {{QStringLiteral("name"), QStringLiteral("临时工")},
              {QStringLiteral("modules"), QCborMap{{QStringLiteral("customers"), QCborMap{{QStringLiteral("level"), QStringLiteral("reader")},
                                                                                       {QStringLiteral("scope"), QStringLiteral("own")}}}}}});
        call(QStringLiteral("groups.create"), {{QStringLiteral("name"), QStringLiteral("华东组")}, {QStringLiteral("members"), QCborArray{2, 3}}});
        call(QStringLiteral("customers.assign"), {{QStringLiteral("ids"), QCborArray{1, 2}}, {QStringLiteral("to"), QCborArray{1}},
                                                  {QStringLiteral("mode"), QStringLiteral("add")}, {QStringLiteral("notify_whom"), QCborArray{QStringLiteral("target")}}});
    }

    // The cheapest Argon2 parameters: logins and password changes are fuzzed too. A
    // new context also forgets the failed logins the inputs made.
    void newContext()
    {
        m_context = std::make_unique<ServerContext>(
            m_config, m_url, auth::PasswordHasher::Limits{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN});
    }

    void closeDatabase()
    {
        auto db = m_context->pool.connectionForThisThread();
        if (db)
            db->close();
    }

    // The field catalog and the roles, as the restored database has them.
    void reloadCatalog()
    {
        auto db = m_context->pool.connectionForThisThread();
        if (!db)
            bug("database", db.error().message);
        if (auto s = customers::reloadCatalog(*db); !s)
            bug("catalog", s.error().message);
        if (auto s = auth::reloadAccess(*db); !s)
            bug("roles", s.error().message);
    }

    // Back to the populated database, its files and a fresh login.
    void startOver()
    {
        closeDatabase();
        newContext();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_url.path + QLatin1String(suffix));
        if (!QFile::copy(pristinePath(), m_url.path))
            bug("database", QStringLiteral("cannot restore the database"));
        for (const char *folder : {"uploads", "downloads"})
            QDir(QDir(m_config.dataDir).filePath(QLatin1String(folder))).removeRecursively();
        reloadCatalog();
        login();
        m_lastUpload = QCborValue();
        m_lastDownload = QCborValue();
    }

    QTemporaryDir m_dir;
    ServerConfig m_config;
    db::DatabaseUrl m_url;
    std::unique_ptr<ServerContext> m_context;
    Caller m_admin;
    // hello's challenge for every input: fixed, as the inputs cannot read it.
    const QByteArray m_challenge = QByteArray(protocol::kChallengeBytes, '\x42');
    QCborValue m_lastUpload;
    QCborValue m_lastDownload;
    int m_runs = 0;
};

Harness *g_harness = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The server logs every refused statement; a fuzzer makes thousands a second.
    qputenv("QT_LOGGING_RULES", "*.info=false;*.warning=false");
    // Qt's SQL drivers are plugins, which need the application object. It is never
    // destroyed: at exit it would close this thread's pool connection after Qt's
    // registry of connections is already gone.
    new QCoreApplication(*argc, *argv);
    QCoreApplication::setApplicationVersion(QStringLiteral("fuzz"));
    g_harness = new Harness;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    g_harness->run(data, size);
    return 0;
}
