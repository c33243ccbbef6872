// Wire and SQL names of the domain enums: the hub's JSON, the mirror's columns and the store all
// use these spellings.
#include "core/domain/agent.h"
#include "core/domain/channel.h"
#include "core/domain/conversation.h"
#include "core/domain/credits.h"
#include "core/domain/enumnames.h"
#include "core/domain/message.h"
#include "core/domain/messagetemplate.h"
#include "core/domain/record.h"

#include <algorithm>

namespace parley {
namespace {

const EnumNames<Role> roles = {
    {Role::Admin, "admin"}, {Role::Agent, "agent"}, {Role::Viewer, "viewer"}};

const EnumNames<ChannelStatus> channelStatuses = {
    {ChannelStatus::PendingVerification, "pending_verification"},
    {ChannelStatus::Connected, "connected"},
    {ChannelStatus::Deactivated, "deactivated"},
    {ChannelStatus::Disconnected, "disconnected"},
    {ChannelStatus::NeedsAttention, "needs_attention"}};

const EnumNames<ConversationStatus> conversationStatuses = {
    {ConversationStatus::Open, "open"},
    {ConversationStatus::Closed, "closed"},
    {ConversationStatus::Pending, "pending"},
    {ConversationStatus::Snoozed, "snoozed"}};

const EnumNames<ConversationPriority> conversationPriorities = {
    {ConversationPriority::Low, "low"},
    {ConversationPriority::Normal, "normal"},
    {ConversationPriority::High, "high"},
    {ConversationPriority::Urgent, "urgent"}};

const EnumNames<Direction> directions = {{Direction::In, "in"}, {Direction::Out, "out"}};

const EnumNames<MessageKind> messageKinds = {{MessageKind::Text, "text"},
                                             {MessageKind::Image, "image"},
                                             {MessageKind::Audio, "audio"},
                                             {MessageKind::Video, "video"},
                                             {MessageKind::Document, "document"},
                                             {MessageKind::Sticker, "sticker"},
                                             {MessageKind::Location, "location"},
                                             {MessageKind::Contacts, "contacts"},
                                             {MessageKind::Interactive, "interactive"},
                                             {MessageKind::Button, "button"},
                                             {MessageKind::Reaction, "reaction"},
                                             {MessageKind::Template, "template"},
                                             {MessageKind::Note, "note"},
                                             {MessageKind::Unsupported, "unsupported"}};

const EnumNames<DeliveryState> deliveryStates = {
    {DeliveryState::Pending, "pending"},  {DeliveryState::Queued, "queued"},
    {DeliveryState::Sent, "sent"},        {DeliveryState::Delivered, "delivered"},
    {DeliveryState::Read, "read"},        {DeliveryState::Failed, "failed"},
    {DeliveryState::Received, "received"}};

const EnumNames<Module> modules = {{Module::Leads, "Leads"},
                                   {Module::Contacts, "Contacts"},
                                   {Module::Companies, "Companies"},
                                   {Module::Deals, "Deals"}};

const EnumNames<TemplateCategory> templateCategories = {{TemplateCategory::Marketing, "MARKETING"},
                                                        {TemplateCategory::Utility, "UTILITY"}};

const EnumNames<TemplateStatus> templateStatuses = {{TemplateStatus::Draft, "DRAFT"},
                                                    {TemplateStatus::Pending, "PENDING"},
                                                    {TemplateStatus::Approved, "APPROVED"},
                                                    {TemplateStatus::Rejected, "REJECTED"}};

const EnumNames<LedgerKind> ledgerKinds = {{LedgerKind::Purchase, "purchase"},
                                           {LedgerKind::AutoRecharge, "auto_recharge"},
                                           {LedgerKind::Charge, "charge"},
                                           {LedgerKind::Refund, "refund"},
                                           {LedgerKind::Adjustment, "adjustment"}};

int deliveryRank(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return 0;
    case DeliveryState::Queued:
        return 1;
    case DeliveryState::Sent:
        return 2;
    case DeliveryState::Delivered:
        return 3;
    case DeliveryState::Read:
        return 4;
    case DeliveryState::Failed:
    case DeliveryState::Received:
        return 5;
    }
    return 0;
}

} // namespace

QString roleName(Role role)
{
    return enumName(roles, role);
}
bool roleFromName(const QString &name, Role *role)
{
    return enumFromName(roles, name, role);
}

QString channelStatusName(ChannelStatus status)
{
    return enumName(channelStatuses, status);
}
bool channelStatusFromName(const QString &name, ChannelStatus *status)
{
    return enumFromName(channelStatuses, name, status);
}

QString conversationStatusName(ConversationStatus status)
{
    return enumName(conversationStatuses, status);
}
bool conversationStatusFromName(const QString &name, ConversationStatus *status)
{
    return enumFromName(conversationStatuses, name, status);
}

QString conversationPriorityName(ConversationPriority priority)
{
    return enumName(conversationPriorities, priority);
}
bool conversationPriorityFromName(const QString &name, ConversationPriority *priority)
{
    return enumFromName(conversationPriorities, name, priority);
}

QString labelIdsText(const QList<Id> &ids)
{
    QList<Id> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted.isEmpty())
        return {};
    QString text = QStringLiteral(",");
    for (const Id id : std::as_const(sorted))
        text += QString::number(id) + QLatin1Char(',');
    return text;
}

QList<Id> labelIdsFromText(const QString &text)
{
    QList<Id> ids;
    for (const QStringView part : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const Id id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

QString directionName(Direction direction)
{
    return enumName(directions, direction);
}
bool directionFromName(const QString &name, Direction *direction)
{
    return enumFromName(directions, name, direction);
}

QString messageKindName(MessageKind kind)
{
    return enumName(messageKinds, kind);
}
bool messageKindFromName(const QString &name, MessageKind *kind)
{
    return enumFromName(messageKinds, name, kind);
}

QString deliveryStateName(DeliveryState state)
{
    return enumName(deliveryStates, state);
}
bool deliveryStateFromName(const QString &name, DeliveryState *state)
{
    return enumFromName(deliveryStates, name, state);
}

bool deliveryStateAdvances(DeliveryState from, DeliveryState to)
{
    // A failure can follow "sent" (Meta reports failed after sent) but never a read receipt.
    if (to == DeliveryState::Failed)
        return from != DeliveryState::Read && from != DeliveryState::Failed &&
               from != DeliveryState::Received;
    if (from == DeliveryState::Failed || from == DeliveryState::Received)
        return false;
    return deliveryRank(to) > deliveryRank(from);
}

QString moduleName(Module module)
{
    return enumName(modules, module);
}
bool moduleFromName(const QString &name, Module *module)
{
    return enumFromName(modules, name, module);
}

QStringList moduleFields(Module module)
{
    switch (module) {
    case Module::Leads:
        return {QStringLiteral("First Name"),  QStringLiteral("Last Name"),
                QStringLiteral("Full Name"),   QStringLiteral("Company"),
                QStringLiteral("Email"),       QStringLiteral("Phone"),
                QStringLiteral("Mobile"),      QStringLiteral("Lead Source"),
                QStringLiteral("Lead Status"), QStringLiteral("City"),
                QStringLiteral("Country")};
    case Module::Contacts:
        return {QStringLiteral("First Name"),   QStringLiteral("Last Name"),
                QStringLiteral("Full Name"),    QStringLiteral("Account Name"),
                QStringLiteral("Email"),        QStringLiteral("Phone"),
                QStringLiteral("Mobile"),       QStringLiteral("Title"),
                QStringLiteral("Mailing City"), QStringLiteral("Mailing Country")};
    case Module::Companies:
        return {QStringLiteral("Company Name"), QStringLiteral("Website"),
                QStringLiteral("Phone"),        QStringLiteral("Industry"),
                QStringLiteral("Employees"),    QStringLiteral("City"),
                QStringLiteral("Country")};
    case Module::Deals:
        return {QStringLiteral("Deal Name"),   QStringLiteral("Amount"),
                QStringLiteral("Stage"),       QStringLiteral("Closing Date"),
                QStringLiteral("Pipeline"),    QStringLiteral("Contact Name"),
                QStringLiteral("Company Name")};
    }
    return {};
}

QString recordNumber(const QVariantMap &fields)
{
    for (const char *key : {"Mobile", "Phone"}) {
        const QString value = fields.value(QLatin1String(key)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString templateCategoryName(TemplateCategory category)
{
    return enumName(templateCategories, category);
}
bool templateCategoryFromName(const QString &name, TemplateCategory *category)
{
    return enumFromName(templateCategories, name, category);
}
QString templateStatusName(TemplateStatus status)
{
    return enumName(templateStatuses, status);
}
bool templateStatusFromName(const QString &name, TemplateStatus *status)
{
    return enumFromName(templateStatuses, name, status);
}

QString ledgerKindName(LedgerKind kind)
{
    return enumName(ledgerKinds, kind);
}
bool ledgerKindFromName(const QString &name, LedgerKind *kind)
{
    return enumFromName(ledgerKinds, name, kind);
}

} // namespace parley
