// The file-level scan's public face: what services, the CLI and tests import.
export { createLayersService, LAYERS_ANALYZER_VERSION, type LayersService, type LayersServiceDeps } from './layers-service'
export { LAYER_SCAN_KIND } from './layer-cache'
export { createFilesService, type FilesService, type FilesServiceDeps } from './files-service'
export { scanExport, type ExportScan, type ScanExportOptions, type ScanPhase } from './scan-export'
export { WASTED_FILES_LIMIT, type LayerOwner } from './summarise'
export { readExportPlatforms } from './export-platforms'
