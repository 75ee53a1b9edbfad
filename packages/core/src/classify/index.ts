export { classifyFile, FRAMEWORK_IDS, type BackendOnlySettings, type Classification, type ClassifyBy, type ClassifyInput, type Side } from './classify.js';
export { findProject, clearProjectCache, type Project } from './project.js';
