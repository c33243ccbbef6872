#pragma once

#include "core/http/httpserver.h"

namespace parley::hub {

using http::AsyncHttpHandler;
using http::HttpHandler;
using http::HttpRequest;
using http::HttpRespond;
using http::HttpResponse;
using http::HttpServer;

} // namespace parley::hub
