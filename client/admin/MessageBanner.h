// A strip above a list that says what just went wrong (or right) without a modal box.
#pragma once

#include <QFrame>

class QLabel;

namespace cordial::client {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showInfo(const QString &text);
    QString text() const;

private:
    void showMessage(const QString &text, const QString &background, const QString &color,
                     const QString &border);

    QLabel *m_label;
};

} // namespace cordial::client
