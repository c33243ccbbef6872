#pragma once

// The desktop names records as the hub does: parley::recordTitle (core/domain/recordtitle.h),
// found from parley::ui by ordinary lookup.
#include "core/domain/recordtitle.h"
