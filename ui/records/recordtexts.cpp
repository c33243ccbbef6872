#include "ui/records/recordtexts.h"

#include "ui/main/namespacetr.h"

namespace parley::ui {

QString moduleSingular(Module module)
{
    switch (module) {
    case Module::Leads:
        return tr("Lead");
    case Module::Contacts:
        return tr("Contact");
    case Module::Companies:
        return tr("Company");
    case Module::Deals:
        return tr("Deal");
    }
    return {};
}

QString modulePlural(Module module)
{
    switch (module) {
    case Module::Leads:
        return tr("Leads");
    case Module::Contacts:
        return tr("Contacts");
    case Module::Companies:
        return tr("Companies");
    case Module::Deals:
        return tr("Deals");
    }
    return {};
}

QString conversationStatusText(ConversationStatus status)
{
    // Other statuses may join Open and Closed; they read as their wire name until named here.
    if (status == ConversationStatus::Open)
        return tr("open");
    if (status == ConversationStatus::Closed)
        return tr("closed");
    return conversationStatusName(status);
}

} // namespace parley::ui
