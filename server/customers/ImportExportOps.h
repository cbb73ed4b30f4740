// Customer import (chunked upload, template, preview, commit) and export (CSV,
// XLSX; large files fetched in chunks).
#pragma once

#include "net/OpTable.h"

namespace cordial::server::customers {

OpOutcome uploadFile(OpContext &context);
OpOutcome downloadFile(OpContext &context);
OpOutcome importTemplate(OpContext &context);
OpOutcome importPreview(OpContext &context);
OpOutcome importCommit(OpContext &context);
OpOutcome exportCustomers(OpContext &context);

// Removes uploads and downloads older than 24 hours (called at server start).
void removeStaleTransfers(const QString &dataDir);

} // namespace cordial::server::customers
