#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/quoteservice.h"

namespace parley::hub {

// Quotes of records (R4.7, docs/api.md "Quotes"): everyone reads the quotes of the records in
// their scope; agents and admins create them and change them.
void addQuoteRoutes(HttpServer &server, ApiSupport &api, QuoteService &quotes);

} // namespace parley::hub
