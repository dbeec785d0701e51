"""The FastAPI app: the REST API over one DuckDB store, the coding endpoint and the dashboard.

``create_app(db_path, options, token=None)`` builds it. The database is opened read-only (the API
never writes to it); each request uses its own cursor. ``POST /v1/code`` codes text with one
``Pipeline`` per process, built on first use, fed by a micro-batcher (``batcher.py``): requests that
arrive while the pipeline is busy are coded together in one batch; when too many wait, the answer
is 503 with ``Retry-After``.
"""

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..dictionaries.cameo_codes import CameoCodes
from ..errors import EventwireError, StoreError
from ..options import Options
from ..pipeline import Pipeline
from ..store import EventStore, queries
from ..records import Article
from .batcher import DEFAULT_MAX_BATCH, DEFAULT_MAX_QUEUE, CodeBatcher, Overloaded
from .guard import Guard
from .models import ActorParams, CodeRequest, DyadParams, EventsParams, QuotesParams, TimelineParams

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
DEFAULT_MAX_BODY = 2_000_000
QUAD_CLASSES = {"1": "Verbal cooperation", "2": "Material cooperation", "3": "Verbal conflict",
                "4": "Material conflict"}


class AppState:
    """What the app holds: the read-only store, the lazily built pipeline, and look-up tables."""

    def __init__(self, db_path: str | Path, options: Options, pipeline: Pipeline | None, *,
                 max_batch: int = DEFAULT_MAX_BATCH, max_queue: int = DEFAULT_MAX_QUEUE) -> None:
        self.store = EventStore(db_path, read_only=True)
        self.options = options
        self._pipeline = pipeline
        self.batcher = CodeBatcher(self._get_pipeline, max_batch=max_batch, max_queue=max_queue)
        self.cameo = CameoCodes.load()

    def _get_pipeline(self) -> Pipeline:
        if self._pipeline is None:  # built in the batcher's worker thread, on the first request
            self._pipeline = Pipeline(self.options)
        return self._pipeline

    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cur = self.store.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    async def code(self, req: CodeRequest) -> dict[str, Any]:
        article = Article(id=req.id or "", text=req.text, url=req.url, title=req.title, published=req.published)
        coded = await asyncio.wrap_future(self.batcher.submit(article))
        return {"article": coded.article.to_dict(), "events": [e.to_dict() for e in coded.events],
                "quotes": [q.to_dict() for q in coded.quotes], "times": [t.to_dict() for t in coded.times]}

    def meta(self) -> dict[str, Any]:
        roots = {c: self.cameo.get(c).name for c in self.cameo.codes() if len(c) == 2}
        plover = sorted({self.cameo.get(c).plover for c in self.cameo.codes() if self.cameo.get(c).plover})
        return {"version": __version__, "quad_classes": QUAD_CLASSES, "cameo_roots": roots, "plover_types": plover}

    def cameo_name(self, code: str) -> str | None:
        try:
            return self.cameo.get(code).name
        except KeyError:
            return None


def _message(exc: RequestValidationError) -> tuple[int, str]:
    parts = []
    status = 422
    for err in exc.errors():
        loc = list(err.get("loc", ()))
        if loc and loc[0] in ("body", "query", "path", "header"):
            loc = loc[1:]
        where = ".".join(str(p) for p in loc)
        if err.get("type") == "json_invalid":
            status = 400
            parts.append(f"invalid JSON: {err.get('ctx', {}).get('error', err.get('msg'))}")
        elif err.get("type") == "model_attributes_type" and tuple(err.get("loc", ())) == ("body",):
            parts.append("the body must be a JSON object sent with Content-Type: application/json")
        elif err.get("type") == "extra_forbidden":
            parts.append(f"unknown field {where!r}")
        else:
            msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
            parts.append(f"{where}: {msg}" if where and not msg.startswith(where + ":") else msg)
    return status, "; ".join(parts) or "invalid request"


def _router(state: AppState) -> APIRouter:
    v1 = APIRouter(prefix="/v1")
    Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(state.cursor)]

    @v1.post("/code", summary="Code a text: events, quotes and times")
    async def code(req: CodeRequest) -> dict[str, Any]:
        return await state.code(req)

    @v1.get("/events", summary="Events matching the filters, one page")
    def events(params: Annotated[EventsParams, Query()], cur: Cursor) -> dict[str, Any]:
        page = queries.find_events(cur, params.event_filter(), limit=params.limit, offset=params.offset)
        return page.to_dict()

    @v1.get("/quotes", summary="Quotes matching the filters, one page")
    def quotes(params: Annotated[QuotesParams, Query()], cur: Cursor) -> dict[str, Any]:
        page = queries.find_quotes(cur, params.quote_filter(), limit=params.limit, offset=params.offset)
        return page.to_dict()

    @v1.get("/articles/{article_id}", summary="One article with its events, quotes and times")
    def article(article_id: Annotated[str, PathParam(max_length=200)], cur: Cursor) -> dict[str, Any]:
        found = queries.get_article(cur, article_id)
        if found is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return found

    @v1.get("/stats/timeline", summary="Event counts per period and QuadClass, mean Goldstein")
    def timeline(params: Annotated[TimelineParams, Query()], cur: Cursor) -> dict[str, Any]:
        return {"interval": params.interval, "filter": params.event_filter().to_dict(),
                "periods": queries.timeline(cur, params.event_filter(), interval=params.interval)}

    @v1.get("/stats/dyads", summary="The dyads with the most events")
    def dyads(params: Annotated[DyadParams, Query()], cur: Cursor) -> dict[str, Any]:
        return {"dyads": queries.dyads(cur, params.event_filter(), limit=params.limit, directed=params.directed)}

    @v1.get("/stats/actors", summary="The actors in the most events")
    def actors(params: Annotated[ActorParams, Query()], cur: Cursor) -> dict[str, Any]:
        return {"actors": queries.top_actors(cur, params.event_filter(), limit=params.limit)}

    @v1.get("/stats/summary", summary="Counts per table and the events' date range")
    def summary(cur: Cursor) -> dict[str, Any]:
        return queries.summary(cur)

    @v1.get("/meta", summary="QuadClass names, CAMEO roots and PLOVER types")
    def meta() -> dict[str, Any]:
        return state.meta()

    return v1


def create_app(db_path: str | Path, options: Options | None = None, token: str | None = None, *,
               max_body_bytes: int = DEFAULT_MAX_BODY, pipeline: Pipeline | None = None,
               allowed_hosts: tuple[str, ...] | None = None, max_batch: int = DEFAULT_MAX_BATCH,
               max_queue: int = DEFAULT_MAX_QUEUE) -> FastAPI:
    """The ASGI app: REST API under /v1, OpenAPI at /openapi.json, the dashboard at /.

    ``token``: when given, every /v1 request must send it. ``pipeline``: an already built
    Pipeline to code with (otherwise one is built on the first POST /v1/code).
    ``allowed_hosts``: host names the server answers for (None: any). ``max_batch``: most texts coded
    in one batch; ``max_queue``: most texts waiting to be coded, past which POST /v1/code answers 503
    with ``Retry-After``.
    Raises StoreError when the database cannot be opened.
    """
    if not Path(db_path).is_file():
        raise StoreError(f"no database file at {db_path}")
    state = AppState(db_path, options or Options(), pipeline, max_batch=max_batch, max_queue=max_queue)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.batcher.close()
        state.store.close()

    app = FastAPI(title="eventwire", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan,
                  description="Political events coded from news text: who did what to whom, when, where, "
                              "according to whom.")
    app.state.eventwire = state

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        status, message = _message(exc)
        return JSONResponse({"error": message, "detail": jsonable_errors(exc)}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(queries.QueryError)
    async def query_error(_: Request, exc: queries.QueryError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(Overloaded)
    async def overloaded(_: Request, exc: Overloaded) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=503, headers={"Retry-After": str(exc.retry_after)})

    @app.exception_handler(EventwireError)
    async def library_error(_: Request, exc: EventwireError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=500)

    app.include_router(_router(state))
    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html")

    app.state.api_token = token or None
    app.add_middleware(Guard, max_body_bytes=max_body_bytes, token=token, allowed_hosts=allowed_hosts)
    return app


def jsonable_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg")), "type": e.get("type")}
            for e in exc.errors()]
