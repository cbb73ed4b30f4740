// Settings → This computer…: the name and fingerprint by which an administrator
// approves this computer (registered computers, #5), to read out or copy.
#pragma once

#include "net/MachineKey.h"

#include <QDialog>
#include <optional>

namespace cordial::client {

class ThisComputerDialog : public QDialog
{
    Q_OBJECT
public:
    ThisComputerDialog(const std::optional<MachineKey> &key, const QString &computerName, QWidget *parent = nullptr);
};

} // namespace cordial::client
