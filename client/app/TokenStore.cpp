#include "app/TokenStore.h"

#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace cordial::client {

namespace {
constexpr int kReadTimeoutMs = 4000;
}

TokenStore::TokenStore(QObject *parent) : QObject(parent), m_service(QStringLiteral("Cordial")) {}

QString TokenStore::keyFor(const QString &server, const QString &login)
{
    return QStringLiteral("token/%1/%2").arg(server, login);
}

void TokenStore::read(const QString &key, std::function<void(const QString &)> done)
{
    // Shared so that the job and the timeout race for one call of done.
    auto callback = std::make_shared<std::function<void(const QString &)>>(std::move(done));
    auto finish = [callback](const QString &token) {
        if (*callback)
            std::exchange(*callback, nullptr)(token);
    };
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [finish](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        finish(readJob->error() == QKeychain::NoError ? readJob->textData() : QString());
    });
    // A keychain that never answers (a locked wallet nobody unlocks) must not keep
    // the person from logging in.
    QTimer::singleShot(kReadTimeoutMs, this, [finish] { finish(QString()); });
    job->start();
}

void TokenStore::write(const QString &key, const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            qInfo("cordial: the session token was not stored (%s); the password will be asked next time",
                  qPrintable(j->errorString()));
    });
    job->start();
}

void TokenStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->start();
}

} // namespace cordial::client
