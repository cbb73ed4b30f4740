#include "app/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initClientResources()
{
    Q_INIT_RESOURCE(client);
}

namespace cordial::client {

void ensureResources()
{
    static const bool done = [] {
        initClientResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace cordial::client
