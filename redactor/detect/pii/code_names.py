"""What code puts after an ``@`` that is no one's handle.

- `CODE_NAMES`: the public callables of Python's decorator-bearing standard modules
  (``@asynccontextmanager``, ``@type_check_only``, ``@singledispatch``), read from the running
  interpreter (no list to maintain); only names of five characters or more, so short words that
  could be someone's handle stay out.
- `ANNOTATIONS`: the annotation and decorator names of the JVM, Kotlin, Swift and TypeScript
  frameworks agent sessions write most (``@Serializable``, ``@Composable``, ``@Autowired``,
  ``@JsonProperty``, ``@MainActor``, ``@Injectable``), exact case: written in prose about the
  code (``add the `@Serializable` annotation``) they name an annotation, not a person. Only names
  of four characters or more; a lower-case handle of the same letters (``@test``) is not matched.
- `code_reference`: an ``@`` expression of code that no handle is: a member access of a
  template language (Razor/Blazor ``@Model.CheckoutToken``, ``@Html.Raw``: every dotted part
  capitalised, a handle's parts are not), and a file argument (curl ``-d @events.ndjson``,
  ``-F 'file=@app-debug.apk'``, HTTPie ``field=@file``: an ``@`` right after ``=`` or after a curl
  data flag names the file to read).
"""

from __future__ import annotations

import abc
import atexit
import contextlib
import dataclasses
import enum
import functools
import re
import typing
import unittest.mock

from redactor.detect.pii._vocab import words

_MODULES = (abc, atexit, contextlib, dataclasses, enum, functools, typing, unittest.mock)

CODE_NAMES: frozenset[str] = frozenset(
    name for module in _MODULES for name in dir(module) if not name.startswith("_") and len(name) >= 5
)
"""Public names of `_MODULES`, exact case (``contextmanager``, ``runtime_checkable``, ``Protocol``)."""

ANNOTATIONS: frozenset[str] = frozenset(
    w
    for w in words("""
    Override Deprecated SuppressWarnings FunctionalInterface SafeVarargs Retention Target Documented
    Inherited Repeatable Native
    JvmStatic JvmField JvmOverloads JvmName JvmInline JvmRecord Throws Volatile Synchronized Transient
    Suppress OptIn RequiresOptIn PublishedApi DslMarker Serializable SerialName Contextual Polymorphic
    Composable Preview Parcelize Keep NonNull Nullable Nonnull MainThread WorkerThread UiThread
    StringRes DrawableRes ColorRes IntDef HiltAndroidApp AndroidEntryPoint HiltViewModel Inject
    Singleton Provides Module InstallIn Binds Component Subcomponent Named Qualifier Database Query
    Insert Update Delete PrimaryKey ColumnInfo TypeConverters TypeConverter Entity Embedded Relation
    Test BeforeEach AfterEach BeforeAll AfterAll ParameterizedTest ValueSource MethodSource CsvSource
    DisplayName Disabled Nested RunWith Before After Ignore Rule Mock InjectMocks Spy Captor
    ExtendWith MockBean SpringBootTest WebMvcTest DataJpaTest TestConfiguration
    Autowired Service Repository Controller RestController RequestMapping GetMapping PostMapping
    PutMapping DeleteMapping PatchMapping RequestBody ResponseBody PathVariable RequestParam
    RequestHeader ResponseStatus ExceptionHandler ControllerAdvice RestControllerAdvice
    Configuration Bean Value Transactional SpringBootApplication EnableAutoConfiguration
    ComponentScan Primary Profile Scheduled Async EventListener ConfigurationProperties
    EnableScheduling EnableCaching Cacheable CacheEvict Validated Valid NotNull NotBlank NotEmpty
    Size Email Pattern Positive Future Past Table GeneratedValue Column ManyToOne OneToMany OneToOne
    ManyToMany JoinColumn JoinTable Embeddable Enumerated Version MappedSuperclass
    Data Getter Setter Builder NoArgsConstructor AllArgsConstructor RequiredArgsConstructor Slf4j
    ToString EqualsAndHashCode SneakyThrows JsonProperty JsonIgnore JsonInclude JsonCreator
    JsonFormat JsonSerialize JsonDeserialize JsonIgnoreProperties JsonAlias JsonValue SerializedName
    Expose Json JsonClass
    MainActor Published State Binding ObservedObject StateObject EnvironmentObject Environment
    AppStorage SceneStorage FocusState Observable Bindable Model Query escaping discardableResult
    available objc IBOutlet IBAction IBDesignable IBInspectable Sendable ViewBuilder ResultBuilder
    propertyWrapper dynamicMemberLookup frozen inlinable usableFromInline testable
    Injectable NgModule Input Output HostListener HostBinding ViewChild ViewChildren ContentChild
    Pipe Directive Get Post Put Patch Body Param Headers UseGuards UseInterceptors ApiProperty
    ApiTags Prop Watch Emit Field ObjectType InputType Resolver Mutation Subscription Args
    PrimaryGeneratedColumn CreateDateColumn UpdateDateColumn IsString IsEmail IsNotEmpty IsOptional
    """)
    if len(w) >= 4
)
"""Annotation and decorator names of Java SE, Kotlin and kotlinx.serialization, Android Jetpack
(Compose, Room, Hilt), JUnit/Mockito, Spring, Jakarta Persistence/Validation, Lombok, Jackson/Gson/
Moshi, Swift/SwiftUI, Angular, NestJS, TypeGraphQL, TypeORM and class-validator (exact case)."""

_MEMBER_ACCESS = re.compile(r"[A-Z][a-z]\w*(?:\.[A-Z]\w*)+")
"""``Model.CheckoutToken``, ``Html.Raw``, ``ViewBag.Title``: every dotted part capitalised."""
_FILE_ARGUMENT_BEFORE = re.compile(r"(?:=|(?:^|\s)(?:-d|--data(?:-binary|-urlencode|-ascii)?|--json)\s+)$")
"""What precedes the ``@`` of a file argument: ``=`` (curl ``-F 'file=@x'``, HTTPie ``field=@x``) or
a curl flag that reads a file named after ``@``."""


def code_reference(text: str, start: int, handle: str) -> bool:
    """Whether the ``@`` at `start` followed by `handle` is code, not a person's handle: an
    annotation (`ANNOTATIONS`), a template language's member access, or a file argument."""
    if handle in ANNOTATIONS or _MEMBER_ACCESS.fullmatch(handle):
        return True
    return _FILE_ARGUMENT_BEFORE.search(text, max(0, start - 20), start) is not None
