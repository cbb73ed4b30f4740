// The client's icons live in resources/client.qrc, compiled into the static
// cordial_clientui library; a static library's resources must be registered
// explicitly, and this does it once for whoever needs an icon first.
#pragma once

namespace cordial::client {

void ensureResources();

} // namespace cordial::client
