// The services every request handler may use, shared by all workers.
#pragma once

#include "Config.h"
#include "auth/LoginThrottle.h"
#include "auth/Passwords.h"
#include "db/Database.h"
#include "db/WriteGate.h"

namespace cordial::server {

struct ServerContext {
    ServerContext(ServerConfig c, db::DatabaseUrl url, auth::PasswordHasher::Limits hashLimits)
        : config(std::move(c)),
          pool(std::move(url)),
          hasher(hashLimits),
          throttle({config.throttlePerLogin, config.throttlePerAddress, config.throttleWindowSeconds * 1000ll,
                    config.throttleBlockSeconds * 1000ll})
    {
    }

    ServerConfig config;
    db::ConnectionPool pool;
    auth::PasswordHasher hasher;
    auth::LoginThrottle throttle;
    db::WriteGate writeGate;
};

} // namespace cordial::server
