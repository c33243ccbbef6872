#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/attachmentservice.h"

namespace parley::hub {

// Sending files and downloading a message's file.
void addAttachmentRoutes(HttpServer &server, ApiSupport &api, AttachmentService &attachments);

// Five files of the largest kind WhatsApp takes (documents, 100 MB) could not travel in one
// JSON body anyway; one send may carry up to this much, base64 included.
inline constexpr qint64 maxAttachmentBodyBytes = 140LL * 1024 * 1024;

} // namespace parley::hub
