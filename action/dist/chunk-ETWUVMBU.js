import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  __commonJS,
  __toESM
} from "./chunk-2XO2YGNR.js";

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// packages/core/src/catalog/public-by-design.ts
var GOOGLE_PUBLIC_KEY_USES = {
  configObject: {
    keyProperty: "apiKey",
    siblings: ["authDomain", "projectId", "storageBucket", "messagingSenderId", "appId", "databaseURL", "measurementId"]
  },
  nameWords: ["firebase", "maps", "places"],
  nearbyWords: ["maps.googleapis.com"]
};
var PLACEHOLDER_WORDS = /your[-_]|YOUR[-_]|xxxxx|XXXXX|\.\.\.|example|EXAMPLE|placeholder|PLACEHOLDER|insert[-_]|replace[-_]|dummy|redacted|changeme|<|>/;
var MIN_DISTINCT_CHARS = 10;
function isPlaceholder(token) {
  if (PLACEHOLDER_WORDS.test(token)) return true;
  return new Set(token).size < MIN_DISTINCT_CHARS;
}
var PUBLIC_ENV_NAME_WORDS = [
  "PUBLISHABLE",
  "PUBLISHABLE_KEY",
  "ANON_KEY",
  "ANON",
  "FIREBASE",
  "SITE_KEY",
  "RECAPTCHA",
  "TURNSTILE",
  "MAPS",
  "MAPBOX",
  "POSTHOG",
  "SENTRY",
  "DSN",
  "MEASUREMENT_ID",
  "GA",
  "GTM",
  "ALGOLIA_SEARCH",
  "SEARCH_KEY",
  "SEARCH_ONLY",
  "PUBLIC_KEY",
  "VAPID",
  // bytescale.com/docs/auth/api-keys (formerly Upload.io, used by Nutlope/roomGPT): `public_…` keys are made for the
  // browser upload widget.
  "UPLOAD_API_KEY",
  "BYTESCALE",
  "URL",
  "HOST",
  "DOMAIN",
  "PROJECT_ID",
  "APP_ID",
  "CLIENT_ID"
];

// packages/core/src/catalog/providers.ts
var CONTEXT_WINDOW = 256;
var OPENAI_MARKER = "T3BlbkFJ";
var B64URL = "A-Za-z0-9_-";
function openAiShape(id, label, prefix, alphabet, sides) {
  return {
    id,
    provider: "openai",
    label,
    anchor: "sk-",
    pattern: new RegExp(`^${prefix}[${alphabet}]{${sides}}${OPENAI_MARKER}[${alphabet}]{${sides}}$`),
    symmetricAround: OPENAI_MARKER
  };
}
var PROVIDERS = [
  {
    id: "openai",
    name: "OpenAI",
    keys: [
      // gitleaks cmd/generate/config/rules/openai.go; betterleaks config adds the 20-char project form (gitleaks #2055).
      openAiShape("openai-project", "OpenAI project key", "sk-proj-", B64URL, "20,74"),
      openAiShape("openai-service-account", "OpenAI service-account key", "sk-svcacct-", B64URL, "20,74"),
      openAiShape("openai-admin", "OpenAI admin key", "sk-admin-", B64URL, "20,74"),
      // Legacy user key, 51 chars (gitleaks; GitGuardian detector page).
      openAiShape("openai-legacy", "OpenAI legacy key", "sk-", "A-Za-z0-9", "20"),
      // trivy builtin-rules.go: optional `None-`, 20–42 per side; `sk-service-<name>-…`.
      openAiShape("openai-legacy-none", "OpenAI legacy key", "sk-None-", "A-Za-z0-9", "20,42"),
      openAiShape("openai-service", "OpenAI service key", "sk-service-[A-Za-z0-9-]{1,64}-", "A-Za-z0-9", "20")
    ],
    // langchain before 0.1 shipped each provider as a subpath of `langchain` (langchain-ai/langchainjs, the 0.0.x
    // package.json exports; all three are common in public code).
    sdkModules: ["openai", "openai-edge", "@ai-sdk/openai", "@langchain/openai", "@openai/agents", "@openai/agents-openai", "langchain/chat_models/openai", "langchain/llms/openai", "langchain/embeddings/openai"],
    // openai-node package.json `exports` (v4–v6): lib/* are stream parsers and runners fed a client by the caller,
    // helpers/* build schemas (zod, audio), resources/* hold types, enums and resource classes that need a client.
    clientlessSubpaths: ["openai/lib", "openai/helpers", "openai/resources", "openai/error", "openai/streaming", "openai/uploads", "openai/pagination", "openai/version"],
    // Strings of openai-node's client (src/client.ts: readEnv('OPENAI_BASE_URL'), the OpenAI-Organization and
    // OpenAI-Project headers, the browser guard's message). All five survive a Next.js 16 production build and an
    // esbuild minified browser bundle of openai@6 (packages/core/test/sdk-markers.test.ts).
    sdkMarkers: ["OPENAI_BASE_URL", "OpenAI-Organization", "OpenAI-Project", "https://api.openai.com/v1", "OPENAI_ORG_ID"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.openai.com"],
    envNames: ["OPENAI_API_KEY", "OPENAI_ADMIN_KEY"],
    revokeUrl: "https://platform.openai.com/api-keys"
  },
  {
    id: "anthropic",
    name: "Anthropic",
    keys: [
      // gitleaks anthropic.go; TruffleHog anthropic/anthropic.go: 93 chars then `AA`. 16 keys leaked in public code
      // (GitHub code search, Dec 2026) all have 93; keys with 91 before the `AA` are reported too (issue 11), so
      // 91–93 match. The sk-ant-api03- prefix is Anthropic's alone, so the wider length costs no false match.
      { id: "anthropic-api", provider: "anthropic", label: "Anthropic API key", anchor: "sk-", pattern: /^sk-ant-api03-[A-Za-z0-9_-]{91,93}AA$/ },
      { id: "anthropic-admin", provider: "anthropic", label: "Anthropic admin key", anchor: "sk-", pattern: /^sk-ant-admin01-[A-Za-z0-9_-]{91,93}AA$/ },
      // gitleaks anthropic.go OAuth tokens.
      { id: "anthropic-oauth", provider: "anthropic", label: "Anthropic OAuth token", anchor: "sk-", pattern: /^sk-ant-o[ar]t01-[A-Za-z0-9_-]{40,200}$/ }
    ],
    sdkModules: ["@anthropic-ai/sdk", "@ai-sdk/anthropic", "@langchain/anthropic", "@anthropic-ai/claude-agent-sdk", "langchain/chat_models/anthropic"],
    // anthropic-sdk-typescript package.json `exports`: resources/* are types and resource classes, lib/MessageStream
    // parses a stream the caller opened (lib/ also holds credential helpers, so only the stream parsers are listed).
    clientlessSubpaths: [
      "@anthropic-ai/sdk/resources",
      "@anthropic-ai/sdk/error",
      "@anthropic-ai/sdk/streaming",
      "@anthropic-ai/sdk/lib/MessageStream",
      "@anthropic-ai/sdk/lib/BetaMessageStream",
      "@anthropic-ai/sdk/uploads",
      "@anthropic-ai/sdk/pagination",
      "@anthropic-ai/sdk/version"
    ],
    // anthropic-sdk-typescript src/client.ts: readEnv('ANTHROPIC_BASE_URL'), the anthropic-version header.
    sdkMarkers: ["ANTHROPIC_BASE_URL", "anthropic-version", "https://api.anthropic.com", "ANTHROPIC_AUTH_TOKEN"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.anthropic.com"],
    envNames: ["ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "CLAUDE_API_KEY"],
    revokeUrl: "https://console.anthropic.com/settings/keys"
  },
  {
    id: "google",
    name: "Google Gemini",
    keys: [
      // gitleaks gcp-api-key; TruffleHog googlegemini. The same shape serves Maps and Firebase web config, which
      // are public by design (GOOGLE_PUBLIC_KEY_USES), so a match needs Gemini evidence: its name or words near it
      // (`VITE_GEMINI_API_KEY`, `GoogleGenerativeAI`), or Gemini's host or SDK markers in the same file. Not
      // `x-goog-api-client`: Firebase's own SDKs send that header too.
      {
        id: "google-api",
        provider: "google",
        label: "Google API key",
        anchor: "AIza",
        pattern: /^AIza[A-Za-z0-9_-]{35}$/,
        requiresContext: ["generativelanguage", "gemini", "genai", "google_ai", "GoogleGenerativeAI"],
        fileContext: ["generativelanguage.googleapis.com", "google-genai-sdk/", "GOOGLE_GENAI_API_KEY", "GEMINI_API_KEY", "genai-js"],
        publicUses: GOOGLE_PUBLIC_KEY_USES
      }
    ],
    sdkModules: [
      "@google/generative-ai",
      "@google/genai",
      "@ai-sdk/google",
      "@ai-sdk/google-vertex",
      "@langchain/google-genai",
      "@langchain/google-vertexai",
      "@langchain/google-vertexai-web",
      "@google-cloud/vertexai",
      "langchain/llms/googlevertexai",
      "langchain/chat_models/googlevertexai"
    ],
    // @google/genai's browser build keeps its `google-genai-sdk/` user agent and its GOOGLE_GENAI_API_KEY read after
    // minification (GEMINI_API_KEY is tree-shaken away); the older @google/generative-ai sends `genai-js` in
    // x-goog-api-client. Checked by packages/core/test/sdk-markers.test.ts.
    sdkMarkers: ["generativelanguage.googleapis.com", "google-genai-sdk/", "GOOGLE_GENAI_API_KEY", "GEMINI_API_KEY", "genai-js", "x-goog-api-client"],
    sdkMarkersRequired: 2,
    apiHosts: ["generativelanguage.googleapis.com", "aiplatform.googleapis.com"],
    envNames: ["GEMINI_API_KEY", "GOOGLE_API_KEY", "GOOGLE_GENERATIVE_AI_API_KEY"],
    revokeUrl: "https://aistudio.google.com/app/apikey"
  },
  {
    id: "groq",
    name: "Groq",
    // TruffleHog groq; secretlint-rule-groq: gsk_ + 52 alphanumerics.
    keys: [{ id: "groq-api", provider: "groq", label: "Groq API key", anchor: "gsk_", pattern: /^gsk_[A-Za-z0-9]{52}$/ }],
    sdkModules: ["groq-sdk", "@ai-sdk/groq", "@langchain/groq"],
    // groq-typescript is generated by Stainless like openai-node: resources/* and error hold no client.
    clientlessSubpaths: ["groq-sdk/resources", "groq-sdk/error", "groq-sdk/streaming"],
    sdkMarkers: ["GROQ_BASE_URL", "https://api.groq.com", "GROQ_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.groq.com"],
    envNames: ["GROQ_API_KEY"],
    revokeUrl: "https://console.groq.com/keys"
  },
  {
    id: "xai",
    name: "xAI",
    // TruffleHog xai: xai- + 80 of [0-9a-zA-Z_].
    keys: [{ id: "xai-api", provider: "xai", label: "xAI API key", anchor: "xai-", pattern: /^xai-[A-Za-z0-9_]{80}$/ }],
    sdkModules: ["@ai-sdk/xai", "@langchain/xai"],
    sdkMarkers: ["https://api.x.ai", "XAI_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.x.ai"],
    envNames: ["XAI_API_KEY", "GROK_API_KEY"],
    revokeUrl: "https://console.x.ai"
  },
  {
    id: "openrouter",
    name: "OpenRouter",
    // TruffleHog openrouter; betterleaks: sk-or-v1- + 64 hex.
    keys: [{ id: "openrouter-api", provider: "openrouter", label: "OpenRouter API key", anchor: "sk-", pattern: /^sk-or-v1-[0-9a-f]{64}$/ }],
    sdkModules: ["@openrouter/ai-sdk-provider", "@openrouter/sdk"],
    sdkMarkers: ["https://openrouter.ai/api", "OPENROUTER_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["openrouter.ai/api"],
    envNames: ["OPENROUTER_API_KEY"],
    revokeUrl: "https://openrouter.ai/settings/keys"
  },
  {
    id: "huggingface",
    name: "Hugging Face",
    // TruffleHog huggingface: (hf_|api_org_) + 34 alphanumerics (gitleaks and secretlint allow letters only).
    keys: [
      { id: "huggingface-token", provider: "huggingface", label: "Hugging Face token", anchor: "hf_", pattern: /^hf_[A-Za-z0-9]{34}$/ },
      { id: "huggingface-org", provider: "huggingface", label: "Hugging Face org token", anchor: "api_org_", pattern: /^api_org_[A-Za-z0-9]{34}$/ }
    ],
    sdkModules: ["@huggingface/inference", "@ai-sdk/huggingface", "@langchain/community/llms/hf", "langchain/llms/hf", "langchain/embeddings/hf"],
    sdkMarkers: ["https://router.huggingface.co", "https://api-inference.huggingface.co", "HF_TOKEN"],
    sdkMarkersRequired: 2,
    apiHosts: ["api-inference.huggingface.co", "router.huggingface.co"],
    envNames: ["HF_TOKEN", "HUGGINGFACE_API_KEY", "HUGGING_FACE_HUB_TOKEN"],
    revokeUrl: "https://huggingface.co/settings/tokens"
  },
  {
    id: "replicate",
    name: "Replicate",
    // TruffleHog replicate: r8_ + 37 of [0-9A-Za-z_-].
    keys: [{ id: "replicate-api", provider: "replicate", label: "Replicate API token", anchor: "r8_", pattern: /^r8_[A-Za-z0-9_-]{37}$/ }],
    sdkModules: ["replicate", "@ai-sdk/replicate", "@langchain/community/llms/replicate", "langchain/llms/replicate"],
    sdkMarkers: ["https://api.replicate.com", "REPLICATE_API_TOKEN"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.replicate.com"],
    envNames: ["REPLICATE_API_TOKEN"],
    revokeUrl: "https://replicate.com/account/api-tokens"
  },
  {
    id: "perplexity",
    name: "Perplexity",
    // gitleaks, betterleaks: pplx- + 48 alphanumerics.
    keys: [{ id: "perplexity-api", provider: "perplexity", label: "Perplexity API key", anchor: "pplx-", pattern: /^pplx-[A-Za-z0-9]{48}$/ }],
    sdkModules: ["@ai-sdk/perplexity", "@perplexity-ai/perplexity_ai"],
    sdkMarkers: ["https://api.perplexity.ai", "PERPLEXITY_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.perplexity.ai"],
    envNames: ["PERPLEXITY_API_KEY", "PPLX_API_KEY"],
    revokeUrl: "https://www.perplexity.ai/settings/api"
  },
  {
    id: "mistral",
    name: "Mistral",
    keys: [],
    undetectableKeys: '32 alphanumerics with no prefix (betterleaks needs the word "mistral" nearby): not matched alone.',
    sdkModules: ["@mistralai/mistralai", "@ai-sdk/mistral", "@langchain/mistralai"],
    // client-ts (Speakeasy) README "Models": models/components and models/errors are types, zod schemas and errors.
    clientlessSubpaths: ["@mistralai/mistralai/models"],
    sdkMarkers: ["https://api.mistral.ai", "MISTRAL_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.mistral.ai"],
    envNames: ["MISTRAL_API_KEY"],
    revokeUrl: "https://console.mistral.ai/api-keys"
  },
  {
    id: "cohere",
    name: "Cohere",
    keys: [],
    undetectableKeys: '40 alphanumerics with no prefix (gitleaks needs "cohere" or CO_API_KEY nearby): not matched alone.',
    sdkModules: ["cohere-ai", "@ai-sdk/cohere", "@langchain/cohere", "langchain/llms/cohere", "langchain/embeddings/cohere"],
    sdkMarkers: ["https://api.cohere.com", "https://api.cohere.ai", "CO_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.cohere.ai", "api.cohere.com"],
    envNames: ["COHERE_API_KEY", "CO_API_KEY"],
    revokeUrl: "https://dashboard.cohere.com/api-keys"
  },
  {
    id: "deepseek",
    name: "DeepSeek",
    // TruffleHog deepseek: sk- + 32 lowercase hex, only with the word "deepseek" nearby (collides with generic sk-).
    keys: [
      {
        id: "deepseek-api",
        provider: "deepseek",
        label: "DeepSeek API key",
        anchor: "sk-",
        pattern: /^sk-[0-9a-f]{32}$/,
        requiresContext: ["deepseek"]
      }
    ],
    sdkModules: ["@ai-sdk/deepseek", "@langchain/deepseek"],
    sdkMarkers: ["https://api.deepseek.com", "DEEPSEEK_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.deepseek.com"],
    envNames: ["DEEPSEEK_API_KEY"],
    revokeUrl: "https://platform.deepseek.com/api_keys"
  },
  {
    id: "together",
    name: "Together AI",
    // betterleaks: tgp_v1_ + 43 of [A-Za-z0-9_-].
    keys: [{ id: "together-api", provider: "together", label: "Together AI key", anchor: "tgp_v1_", pattern: /^tgp_v1_[A-Za-z0-9_-]{43}$/ }],
    sdkModules: ["together-ai", "@ai-sdk/togetherai", "@langchain/community/chat_models/togetherai", "@langchain/community/llms/togetherai"],
    // together-typescript is generated by Stainless like openai-node: lib/* are stream helpers, resources/* types.
    clientlessSubpaths: ["together-ai/lib", "together-ai/resources", "together-ai/error", "together-ai/streaming"],
    sdkMarkers: ["https://api.together.xyz", "TOGETHER_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.together.xyz"],
    envNames: ["TOGETHER_API_KEY", "TOGETHER_AI_API_KEY"],
    revokeUrl: "https://api.together.ai/settings/api-keys"
  },
  {
    id: "fireworks",
    name: "Fireworks AI",
    keys: [],
    undetectableKeys: "no published shape (only a third-party `fw_` heuristic): not matched.",
    sdkModules: ["@ai-sdk/fireworks", "@langchain/community/llms/fireworks", "@langchain/community/chat_models/fireworks"],
    sdkMarkers: ["https://api.fireworks.ai", "FIREWORKS_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.fireworks.ai"],
    envNames: ["FIREWORKS_API_KEY"],
    revokeUrl: "https://fireworks.ai/account/api-keys"
  },
  {
    id: "cerebras",
    name: "Cerebras",
    // Seen in public scanners: csk- + 48 alphanumerics.
    keys: [{ id: "cerebras-api", provider: "cerebras", label: "Cerebras API key", anchor: "csk-", pattern: /^csk-[A-Za-z0-9]{48}$/ }],
    sdkModules: ["@cerebras/cerebras_cloud_sdk", "@ai-sdk/cerebras", "@langchain/cerebras"],
    sdkMarkers: ["https://api.cerebras.ai", "CEREBRAS_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.cerebras.ai"],
    envNames: ["CEREBRAS_API_KEY"],
    revokeUrl: "https://cloud.cerebras.ai"
  },
  {
    id: "elevenlabs",
    name: "ElevenLabs",
    keys: [],
    undetectableKeys: "`sk_` + 48 hex (TruffleHog v2) shares Stripe's prefix family: not matched alone.",
    sdkModules: ["elevenlabs", "@elevenlabs/elevenlabs-js", "@ai-sdk/elevenlabs"],
    sdkMarkers: ["https://api.elevenlabs.io", "ELEVENLABS_API_KEY", "xi-api-key"],
    sdkMarkersRequired: 2,
    apiHosts: ["api.elevenlabs.io"],
    envNames: ["ELEVENLABS_API_KEY"],
    revokeUrl: "https://elevenlabs.io/app/settings/api-keys"
  },
  {
    id: "azure-openai",
    name: "Azure OpenAI",
    keys: [],
    undetectableKeys: "32 hex with no prefix (TruffleHog azure_openai pairs it with an *.openai.azure.com host): not matched alone.",
    sdkModules: ["@azure/openai", "@ai-sdk/azure"],
    sdkMarkers: [".openai.azure.com", "AZURE_OPENAI_API_KEY", "AZURE_API_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: [".openai.azure.com"],
    envNames: ["AZURE_OPENAI_API_KEY", "AZURE_API_KEY"],
    revokeUrl: "https://portal.azure.com"
  },
  {
    id: "bedrock",
    name: "Amazon Bedrock",
    keys: [],
    undetectableKeys: "AWS credentials: left to general secret scanners.",
    sdkModules: ["@aws-sdk/client-bedrock-runtime", "@ai-sdk/amazon-bedrock", "@langchain/aws"],
    sdkMarkers: ["bedrock-runtime", "AWS_SECRET_ACCESS_KEY"],
    sdkMarkersRequired: 2,
    apiHosts: ["bedrock-runtime."],
    envNames: ["AWS_SECRET_ACCESS_KEY", "AWS_BEARER_TOKEN_BEDROCK"],
    revokeUrl: "https://console.aws.amazon.com/iam"
  }
];
var BY_ID = new Map(PROVIDERS.map((p) => [p.id, p]));
function getProvider(id) {
  const provider = BY_ID.get(id);
  if (!provider) throw new Error(`Unknown provider '${id}'`);
  return provider;
}
var KEY_SHAPES = PROVIDERS.flatMap((p) => p.keys);
function shapePrefix(shape) {
  let prefix = SHAPE_PREFIXES.get(shape);
  if (prefix === void 0) {
    prefix = /^\^([A-Za-z0-9_-]*)/.exec(shape.pattern.source)?.[1] ?? "";
    SHAPE_PREFIXES.set(shape, prefix);
  }
  return prefix;
}
var SHAPE_PREFIXES = /* @__PURE__ */ new WeakMap();
var MAX_KEY_LENGTH = 256;
function providerOfModule(specifier) {
  return SDK_MODULE_INDEX.get(specifier) ?? SDK_MODULE_INDEX.get(packageName(specifier));
}
function sdkImportProvider(specifier) {
  const provider = providerOfModule(specifier);
  if (!provider?.clientlessSubpaths) return provider;
  const clientless = provider.clientlessSubpaths.some((subpath) => specifier === subpath || specifier.startsWith(`${subpath}/`));
  return clientless ? void 0 : provider;
}
var SDK_MODULE_INDEX = new Map(PROVIDERS.flatMap((p) => p.sdkModules.map((m) => [m, p])));
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] ?? specifier;
}
function providerHostOfUrl(url) {
  const parsed = hostAndPath(url);
  if (!parsed) return void 0;
  for (const provider of PROVIDERS) {
    for (const host of provider.apiHosts) {
      if (hostMatches(host, parsed.host, parsed.path)) return { provider, host };
    }
  }
  return void 0;
}
function providerOfUrl(url) {
  return providerHostOfUrl(url)?.provider;
}
function hostMatches(catalogHost, host, urlPath) {
  const slash = catalogHost.indexOf("/");
  if (slash > 0) {
    const prefix = catalogHost.slice(slash);
    return host === catalogHost.slice(0, slash) && (urlPath === prefix || urlPath.startsWith(`${prefix}/`));
  }
  if (catalogHost.startsWith(".")) return host.endsWith(catalogHost) && host.length > catalogHost.length;
  if (catalogHost.endsWith(".")) return host.startsWith(catalogHost);
  return host === catalogHost;
}
function hostAndPath(url) {
  let rest = url.trim();
  const scheme = /^(?:https?|wss?):\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  else if (rest.startsWith("//")) rest = rest.slice(2);
  else if (!/^[a-z0-9-]+\./i.test(rest)) return void 0;
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const urlPath = end === -1 ? "" : rest.slice(end).replace(/[?#].*$/, "");
  const host = authority.replace(/^[^@]*@/, "").replace(/:\d*$/, "").toLowerCase();
  return /^[a-z0-9.-]+$/.test(host) ? { host, path: urlPath } : void 0;
}
function providerOfEnvName(name) {
  const upper = name.toUpperCase();
  return PROVIDERS.find((p) => p.envNames.some((env) => upper === env || upper.endsWith(`_${env}`))) ?? PROVIDERS.find((p) => PROVIDER_NAME_WORDS[p.id].some((word) => hasSegment(upper, word))) ?? PROVIDERS.find((p) => PROVIDER_MISSPELLINGS[p.id]?.some((word) => startsWithSegment(upper, word)));
}
var PROVIDER_MISSPELLINGS = {
  openai: ["OPENAPI", "OPENIA"],
  anthropic: ["ANTHROPHIC", "ANTROPIC", "ANTROPHIC"],
  google: ["GEMENI"]
};
function startsWithSegment(name, word) {
  return name.startsWith(word) && (name.length === word.length || name[word.length] === "_");
}
var PROVIDER_NAME_WORDS = {
  openai: ["OPENAI", "OPEN_AI", "GPT", "CHATGPT"],
  anthropic: ["ANTHROPIC", "CLAUDE"],
  google: ["GEMINI", "GOOGLE_AI", "GOOGLE_GENERATIVE_AI", "GENAI", "VERTEX"],
  groq: ["GROQ"],
  xai: ["XAI", "GROK"],
  openrouter: ["OPENROUTER", "OPEN_ROUTER"],
  huggingface: ["HUGGINGFACE", "HUGGING_FACE", "HF"],
  replicate: ["REPLICATE"],
  perplexity: ["PERPLEXITY", "PPLX"],
  mistral: ["MISTRAL"],
  cohere: ["COHERE"],
  deepseek: ["DEEPSEEK"],
  together: ["TOGETHER", "TOGETHER_AI"],
  fireworks: ["FIREWORKS"],
  cerebras: ["CEREBRAS"],
  elevenlabs: ["ELEVENLABS", "ELEVEN_LABS"],
  "azure-openai": ["AZURE_OPENAI"],
  bedrock: ["BEDROCK"]
};
function hasSegment(name, word) {
  let from = 0;
  for (; ; ) {
    const at = name.indexOf(word, from);
    if (at < 0) return false;
    const before = at === 0 || name[at - 1] === "_";
    const end = at + word.length;
    const after = end === name.length || name[end] === "_";
    if (before && after) return true;
    from = at + 1;
  }
}

// packages/core/src/catalog/rules.ts
var DOCS_BASE_URL = "https://github.com/backend-only/backend-only/blob/main/eslint-plugin/docs/rules/";
var RULES = {
  "no-api-key-in-bundle": {
    id: "no-api-key-in-bundle",
    short: "An AI-provider API key is in client build output.",
    help: "Anyone who loads the page can read this key and bill your account. Revoke it now, then move the provider call to your server and keep the key in a server-only environment variable.",
    defaultSeverity: "error",
    securitySeverity: 9.8
  },
  "no-server-secret-in-bundle": {
    id: "no-server-secret-in-bundle",
    short: "A server secret (from known-secrets) is in client build output.",
    help: "A value you declared secret was inlined into files sent to browsers, verbatim or encoded. Rotate it, and find the build step (a public env prefix, a bundler define) that copied it in.",
    defaultSeverity: "error",
    securitySeverity: 9.8
  },
  "no-client-ai-sdk": {
    id: "no-client-ai-sdk",
    short: "An AI-provider SDK is imported in client code.",
    help: "An SDK in the browser needs its API key there too. Call the provider from a server route and let the browser call that route.",
    defaultSeverity: "error",
    securitySeverity: 8.1
  },
  "no-dangerously-allow-browser": {
    id: "no-dangerously-allow-browser",
    short: "An AI SDK is told to run in the browser (dangerouslyAllowBrowser).",
    help: "The SDK refuses browsers because the key would be public; this option switches that guard off. Remove it and proxy the call through your server.",
    defaultSeverity: "error",
    securitySeverity: 8.1
  },
  "no-client-ai-api-call": {
    id: "no-client-ai-api-call",
    short: "Client code calls an AI provider's API directly.",
    help: "A direct call from the browser carries the key in its headers for anyone to copy. Send the request to your own server route, which adds the key and rate-limits per user.",
    defaultSeverity: "warning",
    securitySeverity: 6.5
  },
  "no-public-secret-env": {
    id: "no-public-secret-env",
    short: "A secret is named with a browser-exposed env prefix (NEXT_PUBLIC_, VITE_, \u2026).",
    help: "Frameworks inline every variable with a public prefix into client bundles. Rename it without the prefix and read it only in server code.",
    defaultSeverity: "error",
    securitySeverity: 8.8
  },
  "no-hardcoded-api-key": {
    id: "no-hardcoded-api-key",
    short: "An AI-provider API key is written in source code.",
    help: "Keys in source reach the repository, its forks and often the bundle. Revoke it, then read it from a server environment variable.",
    defaultSeverity: "error",
    securitySeverity: 9.1
  },
  "no-secret-in-bundler-config": {
    id: "no-secret-in-bundler-config",
    short: "Bundler config inlines a server secret into client bundles.",
    help: "next.config env, Vite define, webpack DefinePlugin and Nuxt runtimeConfig.public copy values into the browser build. Remove the secret from them and read it on the server.",
    defaultSeverity: "error",
    securitySeverity: 8.8
  },
  "no-secret-env-in-client": {
    id: "no-secret-env-in-client",
    short: "Client code reads a server-only secret from the environment.",
    help: "In the browser this is undefined at best and an inlined secret at worst. Move the code that needs it to the server.",
    defaultSeverity: "error",
    securitySeverity: 7.5
  },
  "require-rate-limit": {
    id: "require-rate-limit",
    short: "A server endpoint spends AI-provider money with no rate limit or quota before the call.",
    help: "Anyone can call this endpoint as often as a script can, and every call is billed to you. Limit it per user (or per IP when it has no user) before the provider call: Upstash Ratelimit on Vercel or the edge, rate-limiter-flexible or express-rate-limit on Node, the rate-limit binding on Cloudflare Workers.",
    defaultSeverity: "error",
    securitySeverity: 6.5
  },
  "require-max-tokens": {
    id: "require-max-tokens",
    short: "An AI call sets no server-side output cap, or takes its cap, model or options from the request.",
    help: "Without a cap one request can cost the model's whole output window; a cap or model read from the request lets the caller pick the price. Set max_tokens (or the SDK's name for it) to a constant on the server and choose the model there.",
    defaultSeverity: "error",
    securitySeverity: 5.3
  },
  "weak-rate-limit": {
    id: "weak-rate-limit",
    short: "A rate limit on an AI endpoint may not run, or a caller can get around it.",
    help: "A limiter that only exists when an env var is set, that counts every caller in one bucket, or that is keyed on a header the client writes does not bound what one caller spends. Fail closed, and key the limit on the user id (or the client IP when there is no user).",
    defaultSeverity: "warning",
    securitySeverity: 4.3
  },
  "no-spend-limit": {
    id: "no-spend-limit",
    short: "The organization or project has no hard spend limit, or one above its budget.",
    help: "Without a hard limit a leaked key or an abused endpoint bills without end. Set a monthly limit at or below the budget (backend-only audit --fix=limit, or the provider console).",
    defaultSeverity: "error",
    securitySeverity: 7.5
  },
  "missing-spend-alerts": {
    id: "missing-spend-alerts",
    short: "Spend alerts at 50%, 80% and 100% of the budget are missing.",
    help: "Alerts make a leak visible in hours instead of at the end of the month. Create the missing ones (backend-only audit --fix) or in the provider console.",
    defaultSeverity: "error",
    securitySeverity: 5.3
  },
  "spend-over-budget": {
    id: "spend-over-budget",
    short: "This month's spend is at or above 80% of the budget.",
    help: "Find what is spending (the costs by project and key), revoke keys you do not recognise, and raise the budget only if the spend is yours.",
    defaultSeverity: "error",
    securitySeverity: 6.5
  },
  "spend-spike": {
    id: "spend-spike",
    short: "Yesterday's cost is far above the trailing 7-day median.",
    help: "A sudden spike is how a leaked key or an abused endpoint shows up first. Check the costs by project and API key for yesterday, and revoke what you do not recognise.",
    defaultSeverity: "warning",
    securitySeverity: 6.5
  },
  "leaked-key-active": {
    id: "leaked-key-active",
    short: "An API key that a scan found in client code or a diff is still active.",
    help: "A key that reached a bundle or a commit is public. Revoke it at the provider and deploy a new one server-side only.",
    defaultSeverity: "error",
    securitySeverity: 9.8
  },
  "stale-key": {
    id: "stale-key",
    short: "An API key is unused for a long time, too old, or in use without an allow-listed owner.",
    help: "Keys nobody uses are risk without benefit; old keys have had time to leak. Revoke unused keys and rotate old ones.",
    defaultSeverity: "warning",
    securitySeverity: 4.3
  },
  "default-rate-limits": {
    id: "default-rate-limits",
    short: "A project that serves public traffic keeps the organization's default rate limits.",
    help: "Lower the project rate limits to what the public feature needs, so a script cannot spend the whole organization limit through it.",
    defaultSeverity: "note",
    securitySeverity: 3.1
  }
};
var AUDIT_RULE_IDS = /* @__PURE__ */ new Set([
  "no-spend-limit",
  "missing-spend-alerts",
  "spend-over-budget",
  "spend-spike",
  "leaked-key-active",
  "stale-key",
  "default-rate-limits"
]);
var SECRET_RULE_IDS = /* @__PURE__ */ new Set(["no-api-key-in-bundle", "no-server-secret-in-bundle"]);
var AUDIT_DOCS_URL = "https://github.com/backend-only/backend-only/blob/main/README.md#billing-alerts-and-rotation";
function ruleDocsUrl(id) {
  return AUDIT_RULE_IDS.has(id) ? AUDIT_DOCS_URL : `${DOCS_BASE_URL}${id}.md`;
}

// packages/core/src/scan/matcher.ts
var CONFIG_OBJECT_REACH = 512;
var MATCH_MARGIN = Math.max(MAX_KEY_LENGTH, CONTEXT_WINDOW, CONFIG_OBJECT_REACH) + 64;
var KEY_CHAR_CODES = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") KEY_CHAR_CODES[c.charCodeAt(0)] = 1;
var isKeyChar = (code) => code < 128 && KEY_CHAR_CODES[code] === 1;
var isAlnum = (code) => isKeyChar(code) && code !== 95 && code !== 45;
var BROWSER_OPT_IN = "dangerouslyAllowBrowser";
var BROWSER_HEADER = "anthropic-dangerous-direct-browser-access";
var TRUTHY_VALUE = /^\s*["'`]?\s*:\s*(!0|true|!!|1\b|"true"|'true')/;
var SDK_GUARD_WORDS = ["option to ", "e.g.,"];
var SDK_GUARD_LOOKBEHIND = 96;
var stringView = (text) => ({ length: text.length, codeAt: (i) => text.charCodeAt(i), slice: (from, to) => text.slice(from, to) });
var bytesView = (bytes) => ({ length: bytes.length, codeAt: (i) => bytes[i], slice: (from, to) => bytes.toString("latin1", from, to) });
var STOP_BLOCK_WORDS = 16 * 1024;
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var pairCode = (first, second) => LITTLE_ENDIAN ? first | second << 8 : first << 8 | second;
var TextMatcher = class {
  // The prefilter's tables, flat so the scan loop touches only typed arrays.
  /** Byte pair (as a 16-bit word) → slot; 0 where no literal holds the pair. Slot s's entries are [entryStart[s - 1], entryStart[s]). */
  pairTable = new Uint16Array(65536);
  entryStart;
  /** Per entry: which literal, where in it the pair sits, and the literal's next two bytes as a word (-1: none). */
  entryLiteral;
  entryPairAt;
  entryNextWord;
  /** Every literal's latin1 bytes, end to end; literal n is [literalStart[n], literalStart[n + 1]). */
  literalBytes;
  literalStart;
  /** The longest distance from a literal's start to a pair the loop may stop at: it reads this far past `to`. */
  maxPairAt;
  /** Scratch for `collect`: the words of one block where the loop stopped (reused; a scan never nests). */
  stopWords = new Int32Array(STOP_BLOCK_WORDS);
  /** Per literal: the longer literals that start with it. */
  longerWithPrefix;
  /** Literals with a character above U+00FF (a known secret's verbatim form): never in latin1 text. */
  beyondLatin1;
  /** Every literal the prefilter searches for, longest first (the benchmark's ripgrep floor searches the same). */
  literals;
  shapesByAnchor = /* @__PURE__ */ new Map();
  hostProvider = /* @__PURE__ */ new Map();
  markerProvider = /* @__PURE__ */ new Map();
  knownForms = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    for (const shape of KEY_SHAPES) {
      const list = this.shapesByAnchor.get(shape.anchor) ?? [];
      list.push(shape);
      this.shapesByAnchor.set(shape.anchor, list);
    }
    for (const provider of PROVIDERS) {
      for (const host of provider.apiHosts) this.hostProvider.set(host, provider.id);
      for (const marker of provider.sdkMarkers) if (!this.hostProvider.has(marker)) this.markerProvider.set(marker, provider.id);
    }
    for (const secret of options.knownSecrets ?? []) {
      for (const form of encodedForms(secret)) this.knownForms.set(form.text, { secret, form: form.name });
    }
    const literals = /* @__PURE__ */ new Set([
      ...this.shapesByAnchor.keys(),
      BROWSER_OPT_IN,
      BROWSER_HEADER,
      ...this.hostProvider.keys(),
      ...this.markerProvider.keys(),
      ...this.knownForms.keys()
    ]);
    this.literals = [...literals].sort((a, b) => b.length - a.length);
    this.longerWithPrefix = this.literals.map((literal, n) => this.literals.flatMap((other, m) => m < n && other.length > literal.length && other.startsWith(literal) ? [m] : []));
    this.beyondLatin1 = new Set(this.literals.filter((literal) => /[^\u0000-\u00ff]/.test(literal)));
    const encoded = this.literals.map((literal) => Buffer.from(literal, "latin1"));
    this.literalBytes = Buffer.concat(encoded);
    this.literalStart = new Uint32Array(encoded.length + 1);
    encoded.forEach((bytes, n) => this.literalStart[n + 1] = this.literalStart[n] + bytes.length);
    const entriesBySlot = [];
    let maxPairAt = 0;
    encoded.forEach((bytes, literal) => {
      if (bytes.length < 3) throw new Error(`Prefilter literal '${this.literals[literal]}' is shorter than 3 characters: the scan loop cannot find it`);
      const pairAt = rarestAdjacentPairs(bytes);
      for (const at of [pairAt, pairAt + 1]) {
        const pair = pairCode(bytes[at], bytes[at + 1]);
        if (this.pairTable[pair] === 0) this.pairTable[pair] = entriesBySlot.push([]);
        entriesBySlot[this.pairTable[pair] - 1].push({ literal, pairAt: at });
      }
      maxPairAt = Math.max(maxPairAt, pairAt + 1);
    });
    this.maxPairAt = maxPairAt;
    const entries = entriesBySlot.flat();
    this.entryLiteral = Uint32Array.from(entries, (e) => e.literal);
    this.entryPairAt = Uint32Array.from(entries, (e) => e.pairAt);
    this.entryNextWord = Int32Array.from(entries, ({ literal, pairAt }) => {
      const bytes = encoded[literal];
      return pairAt + 3 < bytes.length ? pairCode(bytes[pairAt + 2], bytes[pairAt + 3]) : -1;
    });
    this.entryStart = new Uint32Array(entriesBySlot.length + 1);
    entriesBySlot.forEach((list, slot) => this.entryStart[slot + 1] = this.entryStart[slot] + list.length);
  }
  /**
   * Every hit whose start lies in [from, to) of `text`. Confirmations may read up to MATCH_MARGIN
   * characters around the hit, so callers pass windows that overlap by that much.
   */
  scan(text, from = 0, to = text.length) {
    const bytes = Buffer.from(text, "latin1");
    const view = stringView(text);
    return this.collect(bytes, from, to, (at, literal) => text.startsWith(literal, at) ? this.confirm(view, at, literal) : void 0);
  }
  /**
   * `scan` over raw bytes (a file's UTF-8 read as latin1, as the scanners do), without decoding the
   * buffer: confirmations read bytes, and make strings only of a key-like token and its context.
   * Offsets are byte offsets.
   */
  scanBytes(bytes, from = 0, to = bytes.length) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const view = bytesView(buffer);
    return this.collect(buffer, from, to, (at, literal) => this.beyondLatin1.has(literal) ? void 0 : this.confirm(view, at, literal));
  }
  /**
   * The one pass: the bytes are read two at a time as 16-bit words (every other pair), and the table says
   * whether any literal holds that pair; only then are that pair's literals compared. Every literal is
   * at least 3 bytes and entered under two adjacent pairs, so one of them is always read.
   * Where several literals start at one offset, the longest is reported; literals that merely overlap
   * (a marker holding a host) are each reported.
   */
  collect(bytes, from, to, confirmAt) {
    const { pairTable, entryStart, entryLiteral, entryPairAt, entryNextWord, literalBytes, literalStart, longerWithPrefix } = this;
    const hits = [];
    let sorted = true;
    const shift = bytes.byteOffset & 1;
    const words = new Uint16Array(bytes.buffer, bytes.byteOffset - shift, bytes.byteLength + shift >>> 1);
    const lastPair = Math.min(bytes.length - 2, to - 1 + this.maxPairAt);
    const endWord = Math.min(words.length, (lastPair + shift >>> 1) + 1);
    const literalAt = (literal, start) => {
      const literalFrom = literalStart[literal];
      const length = literalStart[literal + 1] - literalFrom;
      if (start + length > bytes.length) return false;
      let same = 0;
      while (same < length && bytes[start + same] === literalBytes[literalFrom + same]) same++;
      return same === length;
    };
    const stops = this.stopWords;
    for (let blockStart = from + shift >>> 1; blockStart < endWord; blockStart += STOP_BLOCK_WORDS) {
      const blockEnd = Math.min(endWord, blockStart + STOP_BLOCK_WORDS);
      let stopCount = 0;
      for (let word = blockStart; word < blockEnd; word++) if (pairTable[words[word]] !== 0) stops[stopCount++] = word;
      for (let stop = 0; stop < stopCount; stop++) {
        const word = stops[stop];
        const slot = pairTable[words[word]];
        const pairPosition = 2 * word - shift;
        const nextWord = word + 1 < words.length ? words[word + 1] : -2;
        for (let entry = entryStart[slot - 1]; entry < entryStart[slot]; entry++) {
          const expected = entryNextWord[entry];
          if (expected !== -1 && expected !== nextWord) continue;
          const literal = entryLiteral[entry];
          const start = pairPosition - entryPairAt[entry];
          if (start < from || start >= to || !literalAt(literal, start)) continue;
          if (longerWithPrefix[literal].some((longer) => literalAt(longer, start))) continue;
          const hit = confirmAt(start, this.literals[literal]);
          if (!hit) continue;
          if (hits.length > 0 && hits[hits.length - 1].offset > hit.offset) sorted = false;
          hits.push(hit);
        }
      }
    }
    return sorted ? hits : hits.sort((a, b) => a.offset - b.offset);
  }
  confirm(text, at, literal) {
    const shapes = this.shapesByAnchor.get(literal);
    if (shapes) return this.confirmKey(text, at, shapes);
    const known = this.knownForms.get(literal);
    if (known) return { kind: "known-secret", offset: at, length: literal.length, provider: null, secret: known.secret, label: known.form };
    if (literal === BROWSER_OPT_IN) {
      const after = text.slice(at + literal.length, Math.min(text.length, at + literal.length + 24));
      const value = TRUTHY_VALUE.exec(after);
      if (!value) return void 0;
      const before = text.slice(Math.max(0, at - SDK_GUARD_LOOKBEHIND), at);
      if (SDK_GUARD_WORDS.every((word) => before.includes(word))) return void 0;
      return { kind: "browser-opt-in", offset: at, length: literal.length, provider: null, label: `${BROWSER_OPT_IN}:${value[1]}` };
    }
    if (literal === BROWSER_HEADER) return { kind: "browser-header", offset: at, length: literal.length, provider: "anthropic", label: BROWSER_HEADER };
    const host = this.hostProvider.get(literal);
    if (host) return { kind: "host", offset: at, length: literal.length, provider: host, label: literal };
    const marker = this.markerProvider.get(literal);
    if (marker) return { kind: "sdk-marker", offset: at, length: literal.length, provider: marker, label: literal };
    return void 0;
  }
  confirmKey(text, at, shapes) {
    if (!startsToken(text, at)) return void 0;
    let end = at;
    const limit = Math.min(text.length, at + MAX_KEY_LENGTH + 1);
    while (end < limit && isKeyChar(text.codeAt(end))) end++;
    if (end === limit && end < text.length) return void 0;
    const token = text.slice(at, end);
    const shape = shapes.find((s) => s.pattern.test(token) && (!s.symmetricAround || isSymmetric(token, s.symmetricAround)));
    if (!shape || isPlaceholder(token.slice(3))) return void 0;
    const hit = { kind: "key", offset: at, length: token.length, provider: shape.provider, secret: token, shape, label: shape.label };
    if (shape.requiresContext) {
      const context = keyContext(text, at, end, shape, shape.requiresContext);
      if (context === "public" || context === "none") return void 0;
      if (context === "file") hit.needsFileContext = true;
    }
    return hit;
  }
};
function keyHitStands(hit, fileHas) {
  return !hit.needsFileContext || (hit.shape?.fileContext?.some(fileHas) ?? false);
}
function sourceLineNamesProvider(provider, line) {
  const lower = line.toLowerCase();
  return KEY_SHAPES.some(
    (shape) => shape.provider === provider && shape.fileContext !== void 0 && !shape.publicUses?.nameWords.some((word) => lower.includes(word)) && (shape.requiresContext?.some((word) => lower.includes(word.toLowerCase())) ?? false)
  );
}
function keyContext(text, at, end, shape, words) {
  const uses = shape.publicUses;
  const name = assignedName(text, at);
  if (uses && name) {
    if (name === uses.configObject.keyProperty.toLowerCase() && inConfigObject(text, at, end, uses.configObject.siblings)) return "public";
    if (uses.nameWords.some((word) => name.includes(word))) return "public";
  }
  if (name && words.some((word) => name.includes(word.toLowerCase()))) return "near";
  const around = text.slice(Math.max(0, at - CONTEXT_WINDOW), Math.min(text.length, end + CONTEXT_WINDOW)).toLowerCase();
  if (words.some((word) => around.includes(word.toLowerCase()))) return "near";
  if (uses?.nearbyWords.some((word) => around.includes(word))) return "public";
  return shape.fileContext ? "file" : "none";
}
var QUOTE_OR_ESCAPE = /* @__PURE__ */ new Set([34, 39, 96, 92]);
var NAME_CODES = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$") NAME_CODES[c.charCodeAt(0)] = 1;
var MAX_NAME_LENGTH = 80;
function assignedName(text, at) {
  let i = skipBack(text, at - 1);
  const operator = i >= 0 ? text.codeAt(i) : 0;
  if (operator !== 58 && operator !== 61) return void 0;
  i = skipBack(text, i - 1);
  const nameEnd = i + 1;
  while (i >= 0 && nameEnd - i <= MAX_NAME_LENGTH && text.codeAt(i) < 128 && NAME_CODES[text.codeAt(i)] === 1) i--;
  return nameEnd - i > 1 ? text.slice(i + 1, nameEnd).toLowerCase() : void 0;
}
function skipBack(text, i) {
  for (let skipped = 0; i >= 0 && skipped < 16; skipped++, i--) {
    const code = text.codeAt(i);
    if (QUOTE_OR_ESCAPE.has(code) || code === 32 || code === 9 || code === 10 || code === 13) continue;
    if ((code === 110 || code === 116 || code === 114) && i > 0 && text.codeAt(i - 1) === 92) continue;
    return i;
  }
  return i;
}
function inConfigObject(text, at, end, siblings) {
  const open = unmatchedBrace(text, at - 1, -1);
  const close = open < 0 ? -1 : unmatchedBrace(text, end, 1);
  if (close < 0) return false;
  const body = text.slice(open, close + 1);
  return siblings.some((name) => namesProperty(body, name));
}
function unmatchedBrace(text, from, step) {
  const [nested, wanted] = step < 0 ? [125, 123] : [123, 125];
  for (let i = from, depth = 0; i >= 0 && i < text.length && Math.abs(i - from) < CONFIG_OBJECT_REACH; i += step) {
    const code = text.codeAt(i);
    if (code === nested) depth++;
    else if (code === wanted && depth-- === 0) return i;
  }
  return -1;
}
function namesProperty(body, name) {
  for (let from = body.indexOf(name); from !== -1; from = body.indexOf(name, from + 1)) {
    const before = body.charCodeAt(from - 1);
    if (before < 128 && NAME_CODES[before] === 1) continue;
    let after = from + name.length;
    while (after < body.length && after - from - name.length < 4 && (QUOTE_OR_ESCAPE.has(body.charCodeAt(after)) || body.charCodeAt(after) === 32)) after++;
    if (body.charCodeAt(after) === 58) return true;
  }
  return false;
}
var BYTE_FREQUENCY_ORDER = " etrnaosilcudp\n,=.()fmh\"gy;Avb_{}:SCkETx1w0I/PR&D-ONF[]2M!L*B|j'\\$q+?U34H6V`58W9>K7zGQYJ<X@#Z%^~";
var BYTE_RANK = new Uint8Array(256).fill(BYTE_FREQUENCY_ORDER.length);
for (let rank = 0; rank < BYTE_FREQUENCY_ORDER.length; rank++) BYTE_RANK[BYTE_FREQUENCY_ORDER.charCodeAt(rank)] = rank;
var COMMON_PAIRS = `  
 reonerenteatinesstntorettiledero;
= arsethio =e altan isctmecons, ed==pet ur); t cndraneun ias rncs.ngittrueul,
an) heodgeacea (ecllri {amchifexturnomcehirrvas {
e.pa ncayp }r typr srtfito: ouveli fopf nailpomp p",d e)efe,StRess a "la}
siluidelnot.),nuCouse(agolxtIn efout))AAPr vts&&lofurs()emadso){mackotpt,"diicigqubl o.skehadat(iePar(":shapabt,feim bsp /!=(teqooberyni d &.pow.c,1 !(e *f(xplsldcljesccr 0subomiplof* oiewn(s)lt")fa.tl ayt)\\n(r("||(n0,eyeSr. wiamos,e"evosocbj.rnkrce:De m)}buirtcnfibw cuTyNaACumCh ly SetSaih(s(Fi/ ru gjs:"Er(c*//*.le=pudue;& huep//})ho],egrk.ermok" psrgr)tC.iviizNoba ?--eo?  |(v u hh ttmb},voCagtVaeC=>e_.a :)
zeePt"sk )Exppeeo 10 '.d(sfrg (
__.f11tTebr,:
ObupauMaMoTo._n"CAffgsyn(p=t,tlyiv1,s:hra (f _obwa 1oggn [sa} (itP;iugLiAreT0 .mn.eEwo}}Ro,rTrgrTarvipeF.gui +n)gidoy...EA`;
var COMMON_PAIR_RANK = /* @__PURE__ */ new Map();
for (let at = 0; at < COMMON_PAIRS.length; at += 2) COMMON_PAIR_RANK.set(pairCode(COMMON_PAIRS.charCodeAt(at), COMMON_PAIRS.charCodeAt(at + 1)), at / 2);
function pairFrequency(first, second) {
  const commonRank = COMMON_PAIR_RANK.get(pairCode(first, second));
  if (commonRank !== void 0) return 2 - commonRank / COMMON_PAIR_RANK.size;
  return 0.95 ** (BYTE_RANK[first] + BYTE_RANK[second]);
}
function rarestAdjacentPairs(bytes) {
  let best = 0;
  let bestScore = Infinity;
  for (let k = 0; k + 2 < bytes.length; k++) {
    const score = pairFrequency(bytes[k], bytes[k + 1]) + pairFrequency(bytes[k + 1], bytes[k + 2]);
    if (score < bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}
function startsToken(text, at) {
  if (at === 0) return true;
  const codeAt = typeof text === "string" ? (i) => text.charCodeAt(i) : text.codeAt;
  const prev = codeAt(at - 1);
  if (!isKeyChar(prev)) return true;
  return isAlnum(prev) && at >= 2 && codeAt(at - 2) === 92;
}
function isSymmetric(token, marker) {
  const markerAt = token.lastIndexOf(marker);
  if (markerAt < 0) return false;
  const leftStart = markerAt - (token.length - markerAt - marker.length);
  return leftStart >= 3 && token[leftStart - 1] === "-";
}
function encodedForms(secret) {
  const forms = [{ name: "verbatim", text: secret }];
  const encoded = encodeURIComponent(secret);
  if (encoded !== secret) forms.push({ name: "URL-encoded", text: encoded });
  const bytes = Buffer.from(secret, "utf8");
  for (let pad = 0; pad < 3; pad++) {
    const b64 = Buffer.concat([Buffer.alloc(pad), bytes]).toString("base64");
    const start = pad === 0 ? 0 : pad === 1 ? 2 : 3;
    const usableBits = (pad + bytes.length) * 8;
    const end = Math.floor(usableBits / 6);
    const core = b64.slice(start, end);
    if (core.length >= 8) forms.push({ name: "base64", text: core });
  }
  return forms.filter((form, i) => forms.findIndex((f) => f.text === form.text) === i && form.text.length >= 6);
}

// packages/core/src/scan/file.ts
import { isAscii } from "node:buffer";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";

// packages/core/src/scan/map-imports.ts
var IMPORT_SPECIFIER_IN_JSON = /\b(?:from|import|require)\s*\(?\s*\\?(['"`])([^'"`\\\n]{1,200})\\?\1/g;
function sdkImportsInMapText(text) {
  const contents = text.indexOf('"sourcesContent":[');
  if (contents === -1 || text.startsWith("null", contents + 18) || text.includes('"sections":')) return null;
  for (let at = text.indexOf('",null'); at !== -1; at = text.indexOf('",null', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return null;
  }
  const providers = /* @__PURE__ */ new Set();
  IMPORT_SPECIFIER_IN_JSON.lastIndex = 0;
  for (let match = IMPORT_SPECIFIER_IN_JSON.exec(text); match; match = IMPORT_SPECIFIER_IN_JSON.exec(text)) {
    const provider = providerOfModule(match[2])?.id;
    if (provider) providers.add(provider);
  }
  return [...providers];
}

// packages/core/src/redact.ts
import { createHash } from "node:crypto";
function redact(secret, prefix = "") {
  if (secret.length < 16) return `${prefix || ""}[redacted]`;
  const shownPrefix = prefix && secret.startsWith(prefix) ? prefix : "";
  return `${shownPrefix}\u2026${secret.slice(-4)}`;
}
function fingerprint(...parts) {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 16);
}
function stableBundlePath(file) {
  return file.replace(
    /([-.~_])([A-Za-z0-9_-]{8,})(?=\.[a-z]+(?:\.map)?$|\/)/g,
    (whole, sep, seg) => /\d/.test(seg) && /[A-Za-z]/.test(seg) ? `${sep}[hash]` : whole
  );
}

// packages/core/src/scan/to-findings.ts
function hitsToFindings(file, hits, awaitingSource) {
  const findings = [];
  const sdkMarkers = /* @__PURE__ */ new Map();
  for (const hit of hits) {
    if ((hit.kind === "sdk-marker" || hit.kind === "host") && hit.provider) {
      const entry = sdkMarkers.get(hit.provider) ?? { first: hit, labels: /* @__PURE__ */ new Set() };
      entry.labels.add(hit.label);
      sdkMarkers.set(hit.provider, entry);
    }
  }
  const sdkProviders = /* @__PURE__ */ new Set();
  for (const [id, { labels }] of sdkMarkers) {
    const provider = getProvider(id);
    const markers = provider.sdkMarkers.filter((m) => labels.has(m));
    if (markers.length >= provider.sdkMarkersRequired) sdkProviders.add(id);
  }
  const reportedHosts = /* @__PURE__ */ new Set();
  const stableFile = stableBundlePath(file);
  for (const hit of hits) {
    if (hit.kind === "sdk-marker" || hit.kind === "host" && (sdkProviders.has(hit.provider) || reportedHosts.has(`${hit.provider}:${hit.label}`))) continue;
    const location = { file, line: hit.line, column: hit.column, endLine: hit.line, endColumn: hit.column + hit.length };
    switch (hit.kind) {
      case "key": {
        const stands = keyHitStands(hit, (literal) => sdkMarkers.get(hit.provider)?.labels.has(literal) ?? false);
        if (!stands && !awaitingSource) break;
        const provider = getProvider(hit.provider);
        const contextual = Boolean(hit.shape?.requiresContext);
        (stands ? findings : awaitingSource).push({
          ruleId: "no-api-key-in-bundle",
          severity: "error",
          message: `${hit.label} in client build output: anyone who loads this file can read it and bill your ${provider.name} account. Revoke it now (${provider.revokeUrl}), then call ${provider.name} from a server route and keep the key in a server-only env var.`,
          location,
          origin: null,
          provider: provider.id,
          evidence: redact(hit.secret, hit.shape ? shapePrefix(hit.shape) : ""),
          fingerprint: fingerprint("no-api-key-in-bundle", hit.secret),
          confidence: contextual ? "medium" : "high"
        });
        break;
      }
      case "known-secret":
        findings.push({
          ruleId: "no-server-secret-in-bundle",
          severity: "error",
          message: `A server secret from known-secrets is in client build output (${hit.label}). Rotate it now, then find the build step that inlined it: a public env prefix, a bundler define, or a value passed to client code.`,
          location,
          origin: null,
          provider: null,
          evidence: `${redact(hit.secret)} (${hit.label})`,
          fingerprint: fingerprint("no-server-secret-in-bundle", hit.secret),
          confidence: "high"
        });
        break;
      case "browser-opt-in":
      case "browser-header": {
        if (hit.kind === "browser-header" && sdkProviders.has("anthropic")) break;
        const optIn = hit.kind === "browser-opt-in";
        findings.push({
          ruleId: "no-dangerously-allow-browser",
          severity: "error",
          message: optIn ? `${hit.label} switches off the AI SDK's browser guard: the client and its API key run in every visitor's browser. Remove it and call the provider from a server route instead.` : `The ${BROWSER_HEADER_NAME} header lets a browser call Anthropic directly with your API key in the request. Send the request to a server route that adds the key instead.`,
          location,
          origin: null,
          provider: hit.provider ?? [...sdkProviders][0] ?? null,
          evidence: hit.label,
          fingerprint: fingerprint("no-dangerously-allow-browser", hit.label, stableFile, String(hit.line)),
          confidence: "high"
        });
        break;
      }
      case "host": {
        reportedHosts.add(`${hit.provider}:${hit.label}`);
        const provider = getProvider(hit.provider);
        findings.push({
          ruleId: "no-client-ai-api-call",
          severity: "warning",
          message: `Client code calls ${provider.name}'s API (${hit.label}) directly: the request has to carry your API key for anyone to copy. Call your own server route instead; it adds the key and rate-limits per user.`,
          location,
          origin: null,
          provider: provider.id,
          evidence: hit.label,
          fingerprint: fingerprint("no-client-ai-api-call", hit.label, stableFile),
          confidence: "low"
        });
        break;
      }
    }
  }
  for (const id of sdkProviders) {
    const { first, labels } = sdkMarkers.get(id);
    const provider = getProvider(id);
    findings.push({
      ruleId: "no-client-ai-sdk",
      severity: RULES["no-client-ai-sdk"].defaultSeverity,
      message: `The ${provider.name} SDK is bundled into client code: to work there it needs your API key in the browser. Move the ${provider.name} call to a server route and call that route from the browser.`,
      location: { file, line: first.line, column: first.column, endLine: first.line, endColumn: first.column + first.length },
      origin: null,
      provider: id,
      evidence: `${provider.name} SDK code (${[...labels].slice(0, 3).join(", ")})`,
      fingerprint: fingerprint("no-client-ai-sdk", id, stableBundlePath(file)),
      confidence: "medium"
    });
  }
  return findings;
}
var BROWSER_HEADER_NAME = "anthropic-dangerous-direct-browser-access";

// packages/core/src/scan/file.ts
var WINDOW_BYTES = 8 * 1024 * 1024;
var SNIFF_BYTES = 8e3;
var MAP_COMMENT = Buffer.from("sourceMappingURL=");
var MAPPABLE = /\.(?:m?js|cjs|css)$/;
var DATA_URL = Buffer.from("data:");
var WindowMemory = class {
  buffer = Buffer.alloc(0);
  /** `length` bytes (at most WINDOW_BYTES) of reused memory; its old content is overwritten by the next read. */
  take(length) {
    if (this.buffer.length < length) this.buffer = Buffer.allocUnsafeSlow(Math.min(WINDOW_BYTES, Math.max(length, 2 * this.buffer.length)));
    return this.buffer.subarray(0, length);
  }
};
function scanFileSync(path2, displayPath, matcher, memory, mapImports = false) {
  const fd = openSync(path2, "r");
  try {
    const { size } = fstatSync(fd);
    const first = readAt(fd, 0, Math.min(size, WINDOW_BYTES), memory);
    if (first.subarray(0, SNIFF_BYTES).includes(0)) return { status: "binary", bytes: size };
    const awaiting = [];
    let outcome;
    if (first.length >= size) {
      const findings = hitsToFindings(displayPath, placeInBuffer(first, matcher.scanBytes(first)), awaiting);
      outcome = withMapComment({ status: "scanned", findings, bytes: size }, MAPPABLE.test(displayPath) ? mapCommentAtEnd(first, true) : void 0);
      if (mapImports && displayPath.endsWith(".map")) outcome.mapImports = sdkImportsInMapText(first.toString("latin1"));
    } else {
      const { placed, mapComment } = scanWindows(fd, size, first, matcher, memory);
      outcome = withMapComment({ status: "scanned", findings: hitsToFindings(displayPath, placed, awaiting), bytes: size }, MAPPABLE.test(displayPath) ? mapComment : void 0);
    }
    if (awaiting.length > 0) outcome.keysAwaitingSource = awaiting;
    return outcome;
  } finally {
    closeSync(fd);
  }
}
function withMapComment(outcome, mapComment) {
  if (mapComment) outcome.mapComment = mapComment;
  return outcome;
}
function mapCommentAtEnd(tail, whole) {
  let end = tail.length;
  while (end > 0 && (tail[end - 1] === 32 || tail[end - 1] >= 9 && tail[end - 1] <= 13 || tail[end - 1] === 160)) end--;
  const lineStart = end === 0 ? 0 : tail.lastIndexOf(10, end - 1) + 1;
  if (lineStart === 0 && !whole) return "unknown";
  const at = tail.indexOf(MAP_COMMENT, lineStart);
  if (at === -1 || at >= end) return void 0;
  const url = at + MAP_COMMENT.length;
  return tail.subarray(url, url + DATA_URL.length).equals(DATA_URL) ? "inline" : "external";
}
function scanBuffer(buffer, displayPath, matcher) {
  return hitsToFindings(displayPath, placeInBuffer(buffer, matcher.scanBytes(buffer)));
}
function readAt(fd, position, length, memory) {
  const buffer = memory ? memory.take(length) : Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const bytesRead = readSync(fd, buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled < length ? buffer.subarray(0, filled) : buffer;
}
function placeInBuffer(buffer, hits) {
  const placed = [];
  let line = 1;
  let lineStart = 0;
  let columnFrom = 0;
  let columnThere = 1;
  let nextNewline = buffer.indexOf(10);
  for (const hit of hits.sort((a, b) => a.offset - b.offset)) {
    while (nextNewline !== -1 && nextNewline < hit.offset) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = buffer.indexOf(10, lineStart);
    }
    if (lineStart > columnFrom) [columnFrom, columnThere] = [lineStart, 1];
    columnThere += utf16Length(buffer, columnFrom, hit.offset);
    columnFrom = hit.offset;
    const placedHit = hit;
    placedHit.line = line;
    placedHit.column = columnThere;
    placed.push(placedHit);
  }
  return placed;
}
function utf16Length(buffer, from, to) {
  if (to - from <= SHORT_SPAN_BYTES) {
    let ascii = true;
    for (let at = from; at < to && ascii; at++) ascii = buffer[at] < 128;
    if (ascii) return to - from;
  }
  let length = 0;
  for (let at = from; at < to; ) {
    let end = Math.min(to, at + COLUMN_CHUNK_BYTES);
    while (end < to && end > at && (buffer[end] & 192) === 128) end--;
    if (end === at) end = Math.min(to, at + COLUMN_CHUNK_BYTES);
    length += isAscii(buffer.subarray(at, end)) ? end - at : buffer.toString("utf8", at, end).length;
    at = end;
  }
  return length;
}
var COLUMN_CHUNK_BYTES = 64 * 1024;
var SHORT_SPAN_BYTES = 256;
function scanWindows(fd, size, first, matcher, memory) {
  const placed = [];
  const pendingColumns = [];
  let line = 1;
  let countedAbs = 0;
  let base = { offsetAbs: 0, hit: null };
  let windowStart = 0;
  let buffer = first;
  let acceptFrom = 0;
  let nextNewline = buffer.indexOf(10);
  const countNewlines = (uptoAbs) => {
    while (nextNewline !== -1 && windowStart + nextNewline < uptoAbs) {
      line++;
      base = { offsetAbs: windowStart + nextNewline + 1, hit: null };
      nextNewline = buffer.indexOf(10, nextNewline + 1);
    }
    countedAbs = uptoAbs;
  };
  for (; ; ) {
    const windowEnd = windowStart + buffer.length;
    const atEnd = windowEnd >= size;
    const acceptTo = atEnd ? windowEnd : windowEnd - MATCH_MARGIN;
    const hits = matcher.scanBytes(buffer, acceptFrom - windowStart, acceptTo - windowStart).sort((a, b) => a.offset - b.offset);
    for (const hit of hits) {
      const offsetAbs = windowStart + hit.offset;
      countNewlines(offsetAbs);
      const placedHit = { ...hit, offset: offsetAbs, line, column: 0 };
      const baseColumn = base.hit ? base.hit.column : 1;
      if (base.offsetAbs >= windowStart && baseColumn > 0) placedHit.column = baseColumn + utf16Length(buffer, base.offsetAbs - windowStart, hit.offset);
      else pendingColumns.push({ hit: placedHit, base: base.hit, fromAbs: base.offsetAbs });
      base = { offsetAbs, hit: placedHit };
      placed.push(placedHit);
    }
    countNewlines(acceptTo);
    if (atEnd) break;
    acceptFrom = acceptTo;
    windowStart = acceptTo - MATCH_MARGIN;
    buffer = readAt(fd, windowStart, Math.min(WINDOW_BYTES, size - windowStart), memory);
    if (buffer.length === 0) break;
    nextNewline = buffer.indexOf(10, countedAbs - windowStart);
  }
  const mapComment = buffer.length === 0 ? "unknown" : mapCommentAtEnd(buffer, false);
  for (const { hit, base: from, fromAbs } of pendingColumns) hit.column = (from ? from.column : 1) + utf16LengthOnDisk(fd, fromAbs, hit.offset);
  return { placed, mapComment };
}
function utf16LengthOnDisk(fd, from, to) {
  const decoder = new StringDecoder("utf8");
  let length = 0;
  for (let at = from; at < to; at += WINDOW_BYTES) {
    const chunk = readAt(fd, at, Math.min(WINDOW_BYTES, to - at));
    length += decoder.write(chunk).length;
  }
  return length + decoder.end().length;
}

// packages/core/src/scan/walk.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif webp avif ico bmp tiff woff woff2 ttf otf eot mp3 mp4 webm ogg wav flac mov wasm zip gz br zst tgz pdf node".split(" ")
);
async function walk(inputs, options) {
  const root = realpathSync(options.root);
  const isIgnored = options.ignore?.length ? (0, import_picomatch.default)([...options.ignore], { dot: true }) : () => false;
  const files = [];
  const errors = [];
  const seenDirs = /* @__PURE__ */ new Set();
  const seenFiles = /* @__PURE__ */ new Set();
  let skipped = 0;
  const display = (absolute) => toPosix(path.relative(root, absolute)) || ".";
  function visit(absolute, shownAs, real, accept) {
    let info;
    try {
      info = lstatSync(absolute);
    } catch (error) {
      errors.push({ path: shownAs, message: describeFsError(error, shownAs) });
      return;
    }
    if (info.isSymbolicLink()) {
      try {
        real = realpathSync(absolute);
        info = statSync(real);
      } catch (error) {
        errors.push({ path: shownAs, message: `${shownAs}: broken or looping link, skipped (${error.code ?? "error"})` });
        return;
      }
      if (!isInside(root, real)) {
        errors.push({ path: shownAs, message: `${shownAs}: link points outside the scanned root, not followed` });
        return;
      }
    }
    if (info.isDirectory()) {
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      let entries;
      try {
        entries = readdirSync(absolute);
      } catch (error) {
        errors.push({ path: shownAs, message: describeFsError(error, shownAs) });
        return;
      }
      entries.sort();
      for (const entry of entries) {
        if (entry === ".git" || entry === "node_modules") continue;
        const child = path.join(absolute, entry);
        const childShown = display(child);
        if (isIgnored(childShown)) {
          skipped++;
          continue;
        }
        visit(child, childShown, path.join(real, entry), accept);
      }
      return;
    }
    if (!info.isFile()) return;
    const shown = display(absolute);
    if (accept && !accept(shown)) return;
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    if (isIgnored(shown) || BINARY_EXTENSIONS.has(path.extname(absolute).slice(1).toLowerCase())) {
      skipped++;
      return;
    }
    files.push({ absolute: real, display: shown, size: info.size });
  }
  for (const input of inputs) {
    const { isGlob, base } = import_picomatch.default.scan(input);
    seenDirs.clear();
    const absolute = path.resolve(root, isGlob ? base : input);
    const real = realpathOr(absolute);
    if (!isInside(root, absolute) || !isInside(root, real)) {
      errors.push({ path: input, message: `${input}: outside the scanned root (${root}), not read` });
      continue;
    }
    if (!isGlob) {
      visit(absolute, display(absolute), real);
      continue;
    }
    const matches = (0, import_picomatch.default)(toPosix(path.relative(root, path.resolve(root, input))), { dot: true });
    const before = files.length;
    visit(absolute, display(absolute), real, matches);
    if (files.length === before) errors.push({ path: input, message: `${input}: no files match this pattern` });
  }
  return { files, errors, skipped };
}
function realpathOr(absolute) {
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}
function isInside(root, candidate) {
  const relative = path.relative(root, candidate);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function toPosix(p) {
  return p.split(path.sep).join("/");
}
function describeFsError(error, shownAs) {
  const code = error.code;
  if (code === "ENOENT") return `${shownAs}: no such file or directory`;
  if (code === "EACCES" || code === "EPERM") return `${shownAs}: permission denied`;
  if (code === "ELOOP") return `${shownAs}: too many levels of symbolic links`;
  return `${shownAs}: ${error.message}`;
}

// packages/core/src/scan/scan-files.ts
async function scanFiles(files, matcher, nextFile, sdkSeen) {
  return scanFilesSync(files, matcher, nextFile, sdkSeen);
}
function scanFilesSync(files, matcher, nextFile, sdkSeen) {
  const result = { findings: [], errors: [], bytes: 0, scanned: 0, binary: 0, mapComments: [], keysAwaitingSource: [], mapImports: [] };
  let next = 0;
  const claim = nextFile ?? (() => next++);
  const memory = new WindowMemory();
  for (let index = claim(); index < files.length; index = claim()) {
    const file = files[index];
    try {
      const mapImports = sdkSeen !== void 0 && Atomics.load(sdkSeen, 0) !== 0;
      const outcome = scanFileSync(file.absolute, file.display, matcher, memory, mapImports);
      result.bytes += outcome.bytes;
      if (outcome.status === "binary") result.binary++;
      else {
        result.scanned++;
        if (outcome.mapComment) result.mapComments.push([file.display, outcome.mapComment]);
        if (outcome.keysAwaitingSource) result.keysAwaitingSource.push(...outcome.keysAwaitingSource);
        if (outcome.mapImports !== void 0) result.mapImports.push([file.absolute, outcome.mapImports]);
        for (const finding of outcome.findings) result.findings.push(finding);
        if (sdkSeen && outcome.findings.some((f) => f.ruleId === "no-client-ai-sdk")) Atomics.store(sdkSeen, 0, 1);
      }
    } catch (error) {
      result.errors.push({ path: file.display, message: describeFsError(error, file.display) });
    }
  }
  return result;
}

export {
  redact,
  fingerprint,
  isPlaceholder,
  PUBLIC_ENV_NAME_WORDS,
  PROVIDERS,
  getProvider,
  shapePrefix,
  providerOfModule,
  sdkImportProvider,
  providerHostOfUrl,
  providerOfUrl,
  providerOfEnvName,
  PROVIDER_MISSPELLINGS,
  startsWithSegment,
  PROVIDER_NAME_WORDS,
  hasSegment,
  RULES,
  SECRET_RULE_IDS,
  ruleDocsUrl,
  require_picomatch2 as require_picomatch,
  MATCH_MARGIN,
  TextMatcher,
  keyHitStands,
  sourceLineNamesProvider,
  sdkImportsInMapText,
  MAPPABLE,
  scanBuffer,
  walk,
  isInside,
  toPosix,
  scanFiles,
  scanFilesSync
};
