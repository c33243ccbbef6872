#pragma once

#include "core/http/httpserver.h"
#include "sim/simcontext.h"

namespace parley::sim {

// The Graph API endpoints the sim answers, each with or without a version prefix ("/v23.0"):
//   POST /<PHONE_NUMBER_ID>/messages          send (text, media, template) or mark as read
//   POST /<PHONE_NUMBER_ID>/media             upload (multipart/form-data)
//   GET  /<MEDIA_ID>                          media URL info; GET /<PHONE_NUMBER_ID>: the number
//   DELETE /<MEDIA_ID>                        forget an upload
//   GET  /whatsapp_business/attachments/?mid= download (URL from GET /<MEDIA_ID>)
//   POST /<WABA_ID>/message_templates         create; GET lists with data/paging
//   POST /<TEMPLATE_ID>                       edit an approved or rejected template
//   GET, POST /<PHONE_NUMBER_ID>/whatsapp_business_profile  the business profile (in memory)
//   POST /<PHONE_NUMBER_ID>/request_code, /verify_code, /register  number registration (R1.10)
// All of them need the bearer token, and all but the download a "/vNN.N" version prefix.
void addMessageRoutes(http::HttpServer &server, SimContext &ctx);
void addMediaRoutes(http::HttpServer &server, SimContext &ctx);
void addTemplateRoutes(http::HttpServer &server, SimContext &ctx);
void addProfileRoutes(http::HttpServer &server, SimContext &ctx);
void addRegistrationRoutes(http::HttpServer &server, SimContext &ctx);
// Last: any other path without a version gets Graph's 2500 "Unknown path components" (400).
void addUnversionedRefusal(http::HttpServer &server, SimContext &ctx);

} // namespace parley::sim
