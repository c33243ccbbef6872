#pragma once

#include "core/domain/channel.h"
#include "core/rules/attachmentrules.h"
#include "core/rules/ruleerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace parley {

// R1.2: a channel icon is a .jpg/.jpeg/.png of at most 1 MB = 1,048,576 bytes (exactly 1 MB
// passes).
constexpr qint64 maxChannelIconBytes = megabyte;

// E.164 allows at most 15 digits; fewer than 8 is no real subscriber number anywhere.
constexpr int minPhoneDigits = 8;
constexpr int maxPhoneDigits = 15;

struct ChannelIcon {
    QString fileName;
    qint64 size = 0;
    QByteArray head; // the file's first bytes, attachmentSniffBytes suffice
};

// What an admin enters to connect (or edit) a channel (R1.1, R1.2).
struct ChannelSetup {
    Id channelId = 0; // 0: a new channel; otherwise the channel being edited
    QString name;
    QString department;
    QString displayNumber; // as typed: "+55 (11) 91234-5678" is fine
    QString wabaId;
    QString phoneNumberId;
    QString accessToken;
    QString appSecret;
    QString verifyToken;
    std::optional<ChannelIcon> icon; // nullopt: no icon (the default one is shown)
};

// The display number as WhatsApp's wa_id writes it: E.164 digits without '+'. Spaces, dashes,
// dots, parentheses and one leading '+' are dropped; anything else (letters, a '+' inside, a
// "00" that would need guessing) makes it invalid. Returns an empty string when the result is not
// 8–15 digits or starts with 0 (no country calling code does).
QString normalizedPhoneNumber(const QString &typed);

// channel_icon_type {file} (extension or content not JPEG/PNG), channel_icon_empty {file},
// channel_icon_too_large {file, size, max, maxMb}.
RuleErrors checkChannelIcon(const ChannelIcon &icon);

// channel_number_required, channel_number_invalid {number}.
RuleErrors checkDisplayNumber(const QString &typed);

// R1.2: a new channel needs a free department slot; channel_limit_departments {channels,
// departments} when existingChannels + 1 would exceed departments. Every stored channel counts,
// deactivated ones too (they keep their department and can be activated again).
RuleErrors checkChannelLimit(int existingChannels, int departments);

// R1.7: channel_number_in_use {number, channel} when another stored channel (any status) has the
// same normalised number. `channelId` is the channel being edited (0 for a new one) so that a
// channel never collides with itself.
RuleErrors checkNumberNotInUse(const QString &typed, Id channelId,
                               const QList<Channel> &existingChannels);

// R1.1: each credential is required (channel_waba_id_required, channel_phone_number_id_required,
// channel_access_token_required, channel_app_secret_required, channel_verify_token_required);
// Meta's WABA and phone-number ids are numeric (channel_waba_id_invalid,
// channel_phone_number_id_invalid). Surrounding whitespace is ignored, as pasting adds it.
RuleErrors checkCloudApiCredentials(const ChannelSetup &setup);

// Everything above plus channel_name_required and channel_department_required. The department
// limit applies only to a new channel, so editing never fails because departments were removed.
RuleErrors checkChannelSetup(const ChannelSetup &setup, const QList<Channel> &existingChannels,
                             int departments);

} // namespace parley
