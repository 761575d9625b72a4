import { render } from 'preact';
import '../../components/options/options.css';
import { Options } from '../../components/Options';
import { downloadFile } from '../../lib/platform/download';
import { sendMessage } from '../../lib/platform/messages';
import { requestPersistentStorage } from '../../lib/platform/persistent-storage';
import { loadSiteRows, setRememberReading, setShowUnknownNames, setSiteSetting } from '../../lib/platform/site-settings';
import { requestSyncHost } from '../../lib/platform/sync-permission';

render(
  <Options
    send={sendMessage}
    download={downloadFile}
    loadStorage={requestPersistentStorage}
    loadSites={loadSiteRows}
    setSite={setSiteSetting}
    setRemember={setRememberReading}
    setShowUnknown={setShowUnknownNames}
    requestSyncHost={requestSyncHost}
  />,
  document.getElementById('app')!,
);
