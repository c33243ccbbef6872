#pragma once

namespace parley::hub {

// libsodium initialised once for the process (password hashing and the store's sealed secrets
// both need it); false when it could not be, and then neither may be used.
bool sodiumReady();

} // namespace parley::hub
