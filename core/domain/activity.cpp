#include "core/domain/activity.h"

#include "core/domain/enumnames.h"

namespace parley {
namespace {

const EnumNames<ActivityKind> activityKinds = {{ActivityKind::Task, "task"},
                                               {ActivityKind::Meeting, "meeting"},
                                               {ActivityKind::Call, "call"},
                                               {ActivityKind::Appointment, "appointment"}};

} // namespace

QString activityKindName(ActivityKind kind)
{
    return enumName(activityKinds, kind);
}

bool activityKindFromName(const QString &name, ActivityKind *kind)
{
    return enumFromName(activityKinds, name, kind);
}

} // namespace parley
