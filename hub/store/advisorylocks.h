#pragma once

#include <QtGlobal>

// The PostgreSQL advisory locks the hubs sharing one store take, in one place so that no two
// uses collide (docs/architecture.md, "Several hubs on one PostgreSQL"). One-key locks
// (bigint) and two-key locks (int4, int4) are separate spaces in pg_locks (objsubid 1 and 2).
namespace parley::hub::advisory {

// Session lock while the schema is migrated: hubs starting together migrate once.
constexpr qint64 migration = 0x7061726c6579LL; // "parley"
// Transaction lock taken before an event's seq is drawn and held to its commit: events commit
// in seq order, so a reader never meets a seq below one it has already seen.
constexpr qint64 eventTurn = 0x7061726c6501LL;
// Session lock held by the one hub that runs the timers (Leadership).
constexpr qint64 leader = 0x7061726c6502LL;
// Two-key session lock (instanceClass, instance key) held by every running hub for its life:
// how the others tell that the hub which claimed a send is gone.
constexpr qint32 instanceClass = 0x70617231; // "par1"

} // namespace parley::hub::advisory
