// The crash test's writer: connections that create and update customers and
// contacts over the real protocol until the server goes away, journaling each write
// before it is sent and each acknowledgement (fsync'd) when it comes.
#pragma once

#include "net/Connection.h"

namespace cordial::crash {

struct WriterOptions {
    client::ServerAddress server;
    QString journal;
    QString tokenFile; // the session token of the last acknowledged login
    QString login;
    QString password;
    int round = 1;
    int connections = 4;
    quint64 seed = 1;
    bool setup = false;   // first round: create the custom field the records use
    int maxSeconds = 60; // a server that is never killed is a failure of the harness
};

// Prints "writing" once every connection is logged in, and a JSON line of figures
// when every connection has lost the server. 0 then; 2 when the server answered
// anything but what it should (the reason on stderr).
int runWriter(const WriterOptions &options);

} // namespace cordial::crash
