#include "core/whatsapp/webhooktypes.h"

namespace parley::whatsapp {

MessageKind messageKindForType(const QString &type)
{
    // Meta's names for the kinds Parley shows are the same words as Parley's own names.
    MessageKind kind = MessageKind::Unsupported;
    if (type == QLatin1String("template") || type == QLatin1String("note") ||
        !messageKindFromName(type, &kind))
        return MessageKind::Unsupported;
    return kind;
}

std::optional<DeliveryState> deliveryStateForStatus(const QString &status)
{
    if (status == QLatin1String("sent"))
        return DeliveryState::Sent;
    if (status == QLatin1String("delivered"))
        return DeliveryState::Delivered;
    if (status == QLatin1String("read"))
        return DeliveryState::Read;
    if (status == QLatin1String("failed"))
        return DeliveryState::Failed;
    return std::nullopt;
}

MessageKind InboundMessage::kind() const
{
    return messageKindForType(type);
}

bool InboundMessage::isWrittenByCustomer() const
{
    return type != QLatin1String("reaction") && type != QLatin1String("edit") &&
           type != QLatin1String("revoke") && type != QLatin1String("system");
}

std::optional<DeliveryState> StatusUpdate::deliveryState() const
{
    return deliveryStateForStatus(status);
}

} // namespace parley::whatsapp
