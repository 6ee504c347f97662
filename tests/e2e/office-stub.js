// Stands in for Microsoft's office.js in the browser tests. The test prepends
// `window.__KHOI_OFFICE__ = {...}` to pick what this "Office" reports:
//   host, platform, version, theme (bodyBackgroundColor), sets ({ SharedRuntime: "1.1", ExcelApi: "1.20", ... };
//   a set's version is the highest supported, so ExcelApi: "1.8" answers 1.1–1.8 and refuses 1.9),
//   customFunctions (true: define the CustomFunctions global like a shared runtime does).
// What the page registers is recorded on window.__KHOI_RECORDED__ for the test to read.
(function () {
  "use strict";
  var config = window.__KHOI_OFFICE__ || {};
  var recorded = { functions: [], actions: [] };
  window.__KHOI_RECORDED__ = recorded;

  function versionAtLeast(have, want) {
    var a = String(have).split(".").map(Number);
    var b = String(want || "1.1").split(".").map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      var x = a[i] || 0, y = b[i] || 0;
      if (x !== y) return x > y;
    }
    return true;
  }

  var sets = config.sets || {};
  var host = config.host === undefined ? "Excel" : config.host;
  var platform = config.platform === undefined ? "PC" : config.platform;
  var context = {
    host: host,
    platform: platform,
    diagnostics: { host: host, platform: platform, version: config.version || null },
    requirements: {
      isSetSupported: function (name, version) {
        return Object.prototype.hasOwnProperty.call(sets, name) && versionAtLeast(sets[name], version);
      },
    },
    officeTheme: config.theme ? { bodyBackgroundColor: config.theme } : undefined,
  };

  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS", Android: "Android", Universal: "Universal" },
    context: context,
    onReady: function (callback) {
      var info = { host: host, platform: platform };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
    actions: {
      associate: function (id) {
        recorded.actions.push(id);
      },
    },
    addin: {
      showAsTaskpane: function () {
        return Promise.resolve();
      },
    },
  };

  if (config.customFunctions) {
    var ErrorCode = {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    };
    window.CustomFunctions = {
      ErrorCode: ErrorCode,
      Error: function (code, message) {
        this.code = code;
        this.message = message;
      },
      associate: function (id, fn) {
        if (typeof id === "object") {
          Object.keys(id).forEach(function (key) {
            recorded.functions.push(key);
          });
        } else if (typeof fn === "function") {
          recorded.functions.push(id);
        }
      },
    };
  }
})();
