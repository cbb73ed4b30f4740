// First contact with a server: shows its certificate fingerprint and asks whether
// to trust it (trust on first use, as SSH does).
#pragma once

#include <QDialog>

namespace cordial::client {

class TrustDialog : public QDialog
{
    Q_OBJECT
public:
    TrustDialog(const QString &server, const QString &fingerprint, QWidget *parent = nullptr);

    // "AB:CD:..." in two lines of 16 bytes, easier to compare by eye.
    static QString formatFingerprint(const QString &fingerprint);
};

} // namespace cordial::client
