// The session token (never the password) in the system keychain via QtKeychain.
// Every call is asynchronous; when no keychain is available reads find nothing and
// writes are dropped, so the person is simply asked for the password next time.
#pragma once

#include <QObject>
#include <functional>

namespace cordial::client {

class TokenStore : public QObject
{
    Q_OBJECT
public:
    explicit TokenStore(QObject *parent = nullptr);

    // "token/<host:port>/<login>"
    static QString keyFor(const QString &server, const QString &login);

    // done runs once with the stored token, or an empty string (none stored, no
    // keychain, or the keychain did not answer within a few seconds).
    void read(const QString &key, std::function<void(const QString &token)> done);
    void write(const QString &key, const QString &token);
    void remove(const QString &key);

private:
    QString m_service;
};

} // namespace cordial::client
