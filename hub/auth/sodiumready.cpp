#include "hub/auth/sodiumready.h"

#include <sodium.h>

namespace parley::hub {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace parley::hub
