#include "core/domain/teamline.h"

namespace parley {
namespace {

const QString lineKey = QStringLiteral("team_line");

} // namespace

Message teamLineNote(Id conversationId, Id agentId, const TeamLine &line, TimestampMs at)
{
    Message note;
    note.conversationId = conversationId;
    note.direction = Direction::Out;
    note.kind = MessageKind::Note;
    note.state = DeliveryState::Received; // notes never leave the hub
    note.authorId = agentId;
    note.createdAt = at;
    if (line.kind == TeamLine::Kind::Assigned) {
        note.details = {{lineKey, QStringLiteral("assigned")},
                        {QStringLiteral("owner_id"), line.ownerId},
                        {QStringLiteral("owner_name"), line.ownerName}};
        note.text = line.ownerId == 0 ? QStringLiteral("Unassigned.")
                                      : QStringLiteral("Assigned to %1.").arg(line.ownerName);
    } else {
        note.details = {{lineKey, QStringLiteral("status")},
                        {QStringLiteral("status"), line.status}};
        note.text = QStringLiteral("Status: %1.").arg(line.status);
    }
    return note;
}

std::optional<TeamLine> teamLineOf(const Message &message)
{
    if (message.kind != MessageKind::Note)
        return std::nullopt;
    const QString kind = message.details.value(lineKey).toString();
    TeamLine line;
    if (kind == QLatin1String("assigned")) {
        line.kind = TeamLine::Kind::Assigned;
        line.ownerId = message.details.value(QStringLiteral("owner_id")).toInteger();
        line.ownerName = message.details.value(QStringLiteral("owner_name")).toString();
        return line;
    }
    if (kind == QLatin1String("status")) {
        line.kind = TeamLine::Kind::Status;
        line.status = message.details.value(QStringLiteral("status")).toString();
        return line;
    }
    return std::nullopt;
}

} // namespace parley
