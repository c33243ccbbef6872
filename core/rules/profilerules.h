#pragma once

#include "core/rules/ruleerror.h"
#include "core/whatsapp/graphprofile.h"

#include <QList>
#include <QString>

namespace parley {

// R1.9: Meta's limits on the business profile (whatsapp_business_profile), in characters as
// Meta counts them (Unicode code points).
constexpr int maxProfileAboutLength = 139; // and at least 1: Meta refuses an empty About
constexpr int maxProfileDescriptionLength = 512;
constexpr int maxProfileAddressLength = 256;
constexpr int maxProfileEmailLength = 128;
constexpr int maxProfileWebsites = 2;
constexpr int maxProfileWebsiteLength = 256;

// Meta's `vertical` values (the business category), in Meta's order; "" also means unset.
const QStringList &businessVerticals();

// profile_about_too_long, profile_description_too_long, profile_address_too_long,
// profile_email_too_long, profile_website_too_long {length, max}; profile_too_many_websites
// {count, max}; profile_website_scheme {url} (Meta needs http:// or https://);
// profile_email_invalid {email}; profile_vertical_invalid {vertical}.
RuleErrors checkBusinessProfile(const whatsapp::BusinessProfile &profile);

} // namespace parley
