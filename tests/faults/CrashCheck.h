// The crash test's checker: after a restart, compares the database with the
// writer's journal and looks for anything half-written.
#pragma once

#include <QString>

namespace cordial::crash {

struct CheckOptions {
    QString dataDir;
    QString database; // a database URL; empty: the data directory's own
    QString journal;
    int sinceRound = 0; // records last written before this round are only counted, not read whole
};

// 0 when every check passes (figures as a JSON line on stdout), 1 with the problems
// on stderr. Records what became of the writes that were in flight at the kill as
// "seen" lines in the journal, so that later rounds hold the server to them.
int runCheck(const CheckOptions &options);

} // namespace cordial::crash
