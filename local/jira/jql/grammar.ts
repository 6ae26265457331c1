/**
 * The JQL subset the emulator understands, as an ohm grammar. Precedence follows Jira: NOT binds
 * tighter than AND, AND tighter than OR. Keywords are case-insensitive; values are quoted strings
 * or bare words; functions parse (so the error can name them) but are not supported.
 */
import * as ohm from 'ohm-js';

export const JQL_GRAMMAR_SOURCE = String.raw`
Jql {
  Query
    = OrClause OrderBy?  -- restricted
    | OrderBy?           -- unrestricted

  OrClause
    = OrClause or AndClause  -- or
    | AndClause

  AndClause
    = AndClause and NotClause  -- and
    | NotClause

  NotClause
    = not NotClause       -- not
    | "!" NotClause       -- bang
    | "(" OrClause ")"    -- paren
    | Term

  Term
    = Field is not emptyWord  -- isNotEmpty
    | Field is emptyWord      -- isEmpty
    | Field not in List       -- notIn
    | Field in List           -- in
    | Field Operator Value    -- compare

  Operator = "!=" | "!~" | "<=" | ">=" | "=" | "<" | ">" | "~"

  List = "(" ListOf<Value, ","> ")"

  Value
    = FunctionCall
    | emptyWord  -- empty
    | string     -- quoted
    | bareword   -- bare

  FunctionCall = bareword "(" ListOf<Value, ","> ")"

  Field
    = propertyField  -- property
    | string         -- quoted
    | fieldName      -- named

  OrderBy = order by NonemptyListOf<SortField, ",">
  SortField = Field direction?
  direction = asc | desc

  propertyField = caseInsensitive<"issue.property"> "[" propertyKey "]" propertyPath?
  propertyKey = (~"]" any)+
  propertyPath = ("." pathSegment)+
  pathSegment = (alnum | "_" | "-")+

  fieldName = ~keyword fieldChar+
  fieldChar = alnum | "_" | "." | "[" | "]"
  bareword = ~keyword wordChar+
  wordChar = alnum | "_" | "-" | "." | ":" | "/" | "+" | "@" | "*"

  string = "\"" doubleQuoted* "\""  -- double
         | "'" singleQuoted* "'"    -- single
  doubleQuoted = "\\" any  -- escaped
               | ~"\"" any -- plain
  singleQuoted = "\\" any  -- escaped
               | ~"'" any  -- plain

  and = caseInsensitive<"and"> ~wordChar  -- word
      | "&&"                             -- doubleAmp
      | "&"                              -- amp
  or = caseInsensitive<"or"> ~wordChar  -- word
     | "||"                            -- doubleBar
     | "|"                             -- bar
  not = caseInsensitive<"not"> ~wordChar
  in = caseInsensitive<"in"> ~wordChar
  is = caseInsensitive<"is"> ~wordChar
  order = caseInsensitive<"order"> ~wordChar
  by = caseInsensitive<"by"> ~wordChar
  asc = caseInsensitive<"asc"> ~wordChar
  desc = caseInsensitive<"desc"> ~wordChar
  emptyWord = (caseInsensitive<"empty"> | caseInsensitive<"null">) ~wordChar
  keyword = and | or | not | in | is | order | by | emptyWord
}
`;

export const jqlGrammar = ohm.grammar(JQL_GRAMMAR_SOURCE);
