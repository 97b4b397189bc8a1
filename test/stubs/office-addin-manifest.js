/**
 * Jest stub for office-addin-manifest. office-addin-mock requires it only for the OfficeApp enum, but the real
 * package pulls in ESM-only and broken dependency chains (@microsoft/app-manifest, ajv-draft-04, strip-bom, uuid)
 * that do not load under Jest 30 on Node 20. Mapped in jest.config.js (node project, moduleNameMapper).
 */
"use strict";
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
