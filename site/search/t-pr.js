briefingSearch.terms("pr",{"president":[0,1,1,1],"press":[0,1],"prevent":[1,2],"program":[1,1],"programs":[0,1],"prolonged":[1,1],"provide":[1,2],"providing":[1,1]});
